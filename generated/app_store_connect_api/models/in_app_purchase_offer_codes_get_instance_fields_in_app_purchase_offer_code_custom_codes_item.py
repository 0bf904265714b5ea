from ..types import OpenStrEnum


class InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeCustomCodesItem(OpenStrEnum):
    ACTIVE = "active"
    CREATEDBYACTOR = "createdByActor"
    CREATEDDATE = "createdDate"
    CUSTOMCODE = "customCode"
    DEACTIVATEDBYACTOR = "deactivatedByActor"
    EXPIRATIONDATE = "expirationDate"
    NUMBEROFCODES = "numberOfCodes"
