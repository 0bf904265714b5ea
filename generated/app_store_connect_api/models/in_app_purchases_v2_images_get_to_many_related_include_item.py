from ..types import OpenStrEnum


class InAppPurchasesV2ImagesGetToManyRelatedIncludeItem(OpenStrEnum):
    INAPPPURCHASE = "inAppPurchase"
