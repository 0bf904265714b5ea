from ..types import OpenStrEnum


class SubscriptionsGetInstanceFieldsSubscriptionPricesItem(OpenStrEnum):
    PLANTYPE = "planType"
    PRESERVED = "preserved"
    STARTDATE = "startDate"
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
