from ..types import OpenStrEnum


class InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
