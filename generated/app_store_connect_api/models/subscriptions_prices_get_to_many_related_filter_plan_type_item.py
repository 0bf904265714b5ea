from ..types import OpenStrEnum


class SubscriptionsPricesGetToManyRelatedFilterPlanTypeItem(OpenStrEnum):
    MONTHLY = "MONTHLY"
    UPFRONT = "UPFRONT"
