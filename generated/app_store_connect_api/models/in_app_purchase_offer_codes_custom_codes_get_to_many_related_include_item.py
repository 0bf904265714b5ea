from ..types import OpenStrEnum


class InAppPurchaseOfferCodesCustomCodesGetToManyRelatedIncludeItem(OpenStrEnum):
    CREATEDBYACTOR = "createdByActor"
    DEACTIVATEDBYACTOR = "deactivatedByActor"
