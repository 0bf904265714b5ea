from ..types import OpenStrEnum


class InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeCustomCodesItem(OpenStrEnum):
    ACTIVE = "active"
    CREATEDBYACTOR = "createdByActor"
    CREATEDDATE = "createdDate"
    CUSTOMCODE = "customCode"
    DEACTIVATEDBYACTOR = "deactivatedByActor"
    EXPIRATIONDATE = "expirationDate"
    NUMBEROFCODES = "numberOfCodes"
