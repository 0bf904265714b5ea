from ..types import OpenStrEnum


class InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseVersionsItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    INAPPPURCHASE = "inAppPurchase"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
