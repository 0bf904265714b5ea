from ..types import OpenStrEnum


class SubscriptionOfferMode(OpenStrEnum):
    FREE_TRIAL = "FREE_TRIAL"
    PAY_AS_YOU_GO = "PAY_AS_YOU_GO"
    PAY_UP_FRONT = "PAY_UP_FRONT"
