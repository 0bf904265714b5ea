from ..types import OpenStrEnum


class SubscriptionOfferCodesOneTimeUseCodesGetToManyRelatedFieldsSubscriptionOfferCodesItem(OpenStrEnum):
    ACTIVE = "active"
    AUTORENEWENABLED = "autoRenewEnabled"
    CUSTOMCODES = "customCodes"
    CUSTOMERELIGIBILITIES = "customerEligibilities"
    DURATION = "duration"
    NAME = "name"
    NUMBEROFPERIODS = "numberOfPeriods"
    OFFERELIGIBILITY = "offerEligibility"
    OFFERMODE = "offerMode"
    ONETIMEUSECODES = "oneTimeUseCodes"
    PRICES = "prices"
    PRODUCTIONCODECOUNT = "productionCodeCount"
    SANDBOXCODECOUNT = "sandboxCodeCount"
    SUBSCRIPTION = "subscription"
    TARGETSUBSCRIPTIONPLANTYPE = "targetSubscriptionPlanType"
    TOTALNUMBEROFCODES = "totalNumberOfCodes"
