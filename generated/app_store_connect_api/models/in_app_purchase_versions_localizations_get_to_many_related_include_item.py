from ..types import OpenStrEnum


class InAppPurchaseVersionsLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    VERSION = "version"
