from ..types import OpenStrEnum


class WinBackOfferCreateRequestDataAttributesPriority(OpenStrEnum):
    HIGH = "HIGH"
    NORMAL = "NORMAL"
