from ..types import OpenStrEnum


class InAppPurchaseOfferCodeOneTimeUseCodesGetInstanceIncludeItem(OpenStrEnum):
    CREATEDBYACTOR = "createdByActor"
    DEACTIVATEDBYACTOR = "deactivatedByActor"
