from ..types import OpenStrEnum


class SubscriptionOfferCodeCustomCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem(OpenStrEnum):
    ACTIVE = "active"
    CREATEDDATE = "createdDate"
    CUSTOMCODE = "customCode"
    EXPIRATIONDATE = "expirationDate"
    NUMBEROFCODES = "numberOfCodes"
    OFFERCODE = "offerCode"
