from ..types import OpenStrEnum


class SubscriptionOfferCodesGetInstanceIncludeItem(OpenStrEnum):
    CUSTOMCODES = "customCodes"
    ONETIMEUSECODES = "oneTimeUseCodes"
    PRICES = "prices"
    SUBSCRIPTION = "subscription"
