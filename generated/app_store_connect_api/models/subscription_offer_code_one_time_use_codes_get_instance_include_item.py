from ..types import OpenStrEnum


class SubscriptionOfferCodeOneTimeUseCodesGetInstanceIncludeItem(OpenStrEnum):
    OFFERCODE = "offerCode"
