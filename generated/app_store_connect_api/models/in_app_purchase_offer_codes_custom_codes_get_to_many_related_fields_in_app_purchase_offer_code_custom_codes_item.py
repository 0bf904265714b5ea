from ..types import OpenStrEnum


class InAppPurchaseOfferCodesCustomCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeCustomCodesItem(
    OpenStrEnum
):
    ACTIVE = "active"
    CREATEDBYACTOR = "createdByActor"
    CREATEDDATE = "createdDate"
    CUSTOMCODE = "customCode"
    DEACTIVATEDBYACTOR = "deactivatedByActor"
    EXPIRATIONDATE = "expirationDate"
    NUMBEROFCODES = "numberOfCodes"
