from ..types import OpenStrEnum


class SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem(OpenStrEnum):
    ACTIVE = "active"
    CREATEDDATE = "createdDate"
    CUSTOMCODE = "customCode"
    EXPIRATIONDATE = "expirationDate"
    NUMBEROFCODES = "numberOfCodes"
    OFFERCODE = "offerCode"
