from ..types import OpenStrEnum


class InAppPurchasesV2VersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    INAPPPURCHASE = "inAppPurchase"
    LOCALIZATIONS = "localizations"
