from ..types import OpenStrEnum


class AppEventAttributesPriority(OpenStrEnum):
    HIGH = "HIGH"
    NORMAL = "NORMAL"
