from ..types import OpenStrEnum


class SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPromotionalOffersItem(OpenStrEnum):
    DURATION = "duration"
    NAME = "name"
    NUMBEROFPERIODS = "numberOfPeriods"
    OFFERCODE = "offerCode"
    OFFERMODE = "offerMode"
    PRICES = "prices"
    SUBSCRIPTION = "subscription"
    TARGETSUBSCRIPTIONPLANTYPE = "targetSubscriptionPlanType"
