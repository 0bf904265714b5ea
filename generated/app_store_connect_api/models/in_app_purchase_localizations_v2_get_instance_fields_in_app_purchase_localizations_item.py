from ..types import OpenStrEnum


class InAppPurchaseLocalizationsV2GetInstanceFieldsInAppPurchaseLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
