from ..types import OpenStrEnum


class SubscriptionOfferCodesCustomCodesGetToManyRelatedIncludeItem(OpenStrEnum):
    OFFERCODE = "offerCode"
