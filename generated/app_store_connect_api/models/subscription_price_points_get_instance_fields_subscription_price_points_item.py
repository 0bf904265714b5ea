from ..types import OpenStrEnum


class SubscriptionPricePointsGetInstanceFieldsSubscriptionPricePointsItem(OpenStrEnum):
    ADJUSTEDEQUALIZATIONS = "adjustedEqualizations"
    CUSTOMERPRICE = "customerPrice"
    EQUALIZATIONS = "equalizations"
    PROCEEDS = "proceeds"
    PROCEEDSYEAR2 = "proceedsYear2"
    TERRITORY = "territory"
