from ..types import OpenStrEnum


class WinBackOfferUpdateRequestDataAttributesPriority(OpenStrEnum):
    HIGH = "HIGH"
    NORMAL = "NORMAL"
