from ..types import OpenStrEnum


class InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem(
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
