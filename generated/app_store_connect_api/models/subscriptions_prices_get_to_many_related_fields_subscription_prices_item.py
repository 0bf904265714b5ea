from ..types import OpenStrEnum


class SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricesItem(OpenStrEnum):
    PLANTYPE = "planType"
    PRESERVED = "preserved"
    STARTDATE = "startDate"
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
