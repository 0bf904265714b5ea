from ..types import OpenStrEnum


class SubscriptionOfferCodeCustomCodesGetInstanceIncludeItem(OpenStrEnum):
    OFFERCODE = "offerCode"
