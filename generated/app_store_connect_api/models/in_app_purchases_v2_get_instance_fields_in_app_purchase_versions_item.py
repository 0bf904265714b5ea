from ..types import OpenStrEnum


class InAppPurchasesV2GetInstanceFieldsInAppPurchaseVersionsItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    INAPPPURCHASE = "inAppPurchase"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
