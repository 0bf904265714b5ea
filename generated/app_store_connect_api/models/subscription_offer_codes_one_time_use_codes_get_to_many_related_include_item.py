from ..types import OpenStrEnum


class SubscriptionOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem(OpenStrEnum):
    OFFERCODE = "offerCode"
