from ..types import OpenStrEnum


class AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseVersionsItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    INAPPPURCHASE = "inAppPurchase"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
