from ..types import OpenStrEnum


class SubscriptionsOfferCodesGetToManyRelatedIncludeItem(OpenStrEnum):
    CUSTOMCODES = "customCodes"
    ONETIMEUSECODES = "oneTimeUseCodes"
    PRICES = "prices"
    SUBSCRIPTION = "subscription"
