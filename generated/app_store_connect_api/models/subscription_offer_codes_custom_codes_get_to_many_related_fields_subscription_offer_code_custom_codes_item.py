from ..types import OpenStrEnum


class SubscriptionOfferCodesCustomCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem(
    OpenStrEnum
):
    ACTIVE = "active"
    CREATEDDATE = "createdDate"
    CUSTOMCODE = "customCode"
    EXPIRATIONDATE = "expirationDate"
    NUMBEROFCODES = "numberOfCodes"
    OFFERCODE = "offerCode"
