from ..types import OpenStrEnum


class InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseVersionsItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    INAPPPURCHASE = "inAppPurchase"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
