from ..types import OpenStrEnum


class SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionIntroductoryOffersItem(OpenStrEnum):
    DURATION = "duration"
    ENDDATE = "endDate"
    NUMBEROFPERIODS = "numberOfPeriods"
    OFFERMODE = "offerMode"
    STARTDATE = "startDate"
    SUBSCRIPTION = "subscription"
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TARGETSUBSCRIPTIONPLANTYPE = "targetSubscriptionPlanType"
    TERRITORY = "territory"
