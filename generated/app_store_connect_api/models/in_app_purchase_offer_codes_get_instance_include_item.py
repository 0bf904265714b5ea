from ..types import OpenStrEnum


class InAppPurchaseOfferCodesGetInstanceIncludeItem(OpenStrEnum):
    CUSTOMCODES = "customCodes"
    ONETIMEUSECODES = "oneTimeUseCodes"
    PRICES = "prices"
