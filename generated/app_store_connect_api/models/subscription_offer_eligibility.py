from ..types import OpenStrEnum


class SubscriptionOfferEligibility(OpenStrEnum):
    REPLACE_INTRO_OFFERS = "REPLACE_INTRO_OFFERS"
    STACK_WITH_INTRO_OFFERS = "STACK_WITH_INTRO_OFFERS"
