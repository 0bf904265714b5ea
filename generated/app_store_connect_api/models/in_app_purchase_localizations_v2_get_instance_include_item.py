from ..types import OpenStrEnum


class InAppPurchaseLocalizationsV2GetInstanceIncludeItem(OpenStrEnum):
    VERSION = "version"
