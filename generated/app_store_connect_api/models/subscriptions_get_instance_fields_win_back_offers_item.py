from ..types import OpenStrEnum


class SubscriptionsGetInstanceFieldsWinBackOffersItem(OpenStrEnum):
    CUSTOMERELIGIBILITYPAIDSUBSCRIPTIONDURATIONINMONTHS = (
        "customerEligibilityPaidSubscriptionDurationInMonths"
    )
    CUSTOMERELIGIBILITYTIMESINCELASTSUBSCRIBEDINMONTHS = "customerEligibilityTimeSinceLastSubscribedInMonths"
    CUSTOMERELIGIBILITYWAITBETWEENOFFERSINMONTHS = "customerEligibilityWaitBetweenOffersInMonths"
    DURATION = "duration"
    ENDDATE = "endDate"
    OFFERID = "offerId"
    OFFERMODE = "offerMode"
    PERIODCOUNT = "periodCount"
    PRICES = "prices"
    PRIORITY = "priority"
    PROMOTIONINTENT = "promotionIntent"
    REFERENCENAME = "referenceName"
    STARTDATE = "startDate"
    TARGETSUBSCRIPTIONPLANTYPE = "targetSubscriptionPlanType"
