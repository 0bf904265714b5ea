from ..types import OpenStrEnum


class InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem(OpenStrEnum):
    CREATEDBYACTOR = "createdByActor"
    DEACTIVATEDBYACTOR = "deactivatedByActor"
