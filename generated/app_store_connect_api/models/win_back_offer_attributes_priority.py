from ..types import OpenStrEnum


class WinBackOfferAttributesPriority(OpenStrEnum):
    HIGH = "HIGH"
    NORMAL = "NORMAL"
