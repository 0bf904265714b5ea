from ..types import OpenStrEnum


class MetricCategory(OpenStrEnum):
    ANIMATION = "ANIMATION"
    BATTERY = "BATTERY"
    DISK = "DISK"
    HANG = "HANG"
    LAUNCH = "LAUNCH"
    MEMORY = "MEMORY"
    STORAGE = "STORAGE"
    TERMINATION = "TERMINATION"
