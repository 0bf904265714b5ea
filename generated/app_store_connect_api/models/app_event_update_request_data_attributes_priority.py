from ..types import OpenStrEnum


class AppEventUpdateRequestDataAttributesPriority(OpenStrEnum):
    HIGH = "HIGH"
    NORMAL = "NORMAL"
