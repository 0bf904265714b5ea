from ..types import OpenStrEnum


class InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
