from ..types import OpenStrEnum


class SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeOneTimeUseCodesItem(OpenStrEnum):
    ACTIVE = "active"
    CREATEDDATE = "createdDate"
    ENVIRONMENT = "environment"
    EXPIRATIONDATE = "expirationDate"
    NUMBEROFCODES = "numberOfCodes"
    OFFERCODE = "offerCode"
    VALUES = "values"
