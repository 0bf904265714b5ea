from ..types import OpenStrEnum


class BuildsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem(OpenStrEnum):
    ANIMATION = "ANIMATION"
    BATTERY = "BATTERY"
    DISK = "DISK"
    HANG = "HANG"
    LAUNCH = "LAUNCH"
    MEMORY = "MEMORY"
    STORAGE = "STORAGE"
    TERMINATION = "TERMINATION"
