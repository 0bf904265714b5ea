from ..types import OpenStrEnum


class InAppPurchaseOfferCodeCustomCodesGetInstanceIncludeItem(OpenStrEnum):
    CREATEDBYACTOR = "createdByActor"
    DEACTIVATEDBYACTOR = "deactivatedByActor"
