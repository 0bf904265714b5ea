from ..types import OpenStrEnum


class InAppPurchaseOfferCodeOneTimeUseCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem(
    OpenStrEnum
):
    ACTIVE = "active"
    CREATEDBYACTOR = "createdByActor"
    CREATEDDATE = "createdDate"
    DEACTIVATEDBYACTOR = "deactivatedByActor"
    ENVIRONMENT = "environment"
    EXPIRATIONDATE = "expirationDate"
    NUMBEROFCODES = "numberOfCodes"
    VALUES = "values"
