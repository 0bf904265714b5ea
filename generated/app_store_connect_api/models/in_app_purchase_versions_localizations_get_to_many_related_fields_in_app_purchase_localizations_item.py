from ..types import OpenStrEnum


class InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
