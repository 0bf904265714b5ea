from ..types import OpenStrEnum


class InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem(OpenStrEnum):
    ACTIVE = "active"
    CREATEDBYACTOR = "createdByActor"
    CREATEDDATE = "createdDate"
    DEACTIVATEDBYACTOR = "deactivatedByActor"
    ENVIRONMENT = "environment"
    EXPIRATIONDATE = "expirationDate"
    NUMBEROFCODES = "numberOfCodes"
    VALUES = "values"
