from ..types import OpenStrEnum


class AppEventCreateRequestDataAttributesPriority(OpenStrEnum):
    HIGH = "HIGH"
    NORMAL = "NORMAL"
