from ..types import OpenStrEnum


class SubscriptionStatusUrlVersion(OpenStrEnum):
    V1 = "V1"
    V2 = "V2"
