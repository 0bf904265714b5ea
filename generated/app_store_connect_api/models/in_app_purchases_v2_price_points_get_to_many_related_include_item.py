from ..types import OpenStrEnum


class InAppPurchasesV2PricePointsGetToManyRelatedIncludeItem(OpenStrEnum):
    TERRITORY = "territory"
