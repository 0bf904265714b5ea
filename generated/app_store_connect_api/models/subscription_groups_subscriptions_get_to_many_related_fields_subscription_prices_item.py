from ..types import OpenStrEnum


class SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPricesItem(OpenStrEnum):
    PLANTYPE = "planType"
    PRESERVED = "preserved"
    STARTDATE = "startDate"
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
