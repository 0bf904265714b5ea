from ..types import OpenStrEnum


class ReviewSubmissionsItemsGetToManyRelatedFieldsInAppPurchaseVersionsItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    INAPPPURCHASE = "inAppPurchase"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
