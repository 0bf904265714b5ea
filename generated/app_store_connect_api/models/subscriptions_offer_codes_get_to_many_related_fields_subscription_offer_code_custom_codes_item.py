from ..types import OpenStrEnum


class SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem(OpenStrEnum):
    ACTIVE = "active"
    CREATEDDATE = "createdDate"
    CUSTOMCODE = "customCode"
    EXPIRATIONDATE = "expirationDate"
    NUMBEROFCODES = "numberOfCodes"
    OFFERCODE = "offerCode"
