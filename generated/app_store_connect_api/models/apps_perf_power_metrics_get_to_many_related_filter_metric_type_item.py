from ..types import OpenStrEnum


class AppsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem(OpenStrEnum):
    ANIMATION = "ANIMATION"
    BATTERY = "BATTERY"
    DISK = "DISK"
    HANG = "HANG"
    LAUNCH = "LAUNCH"
    MEMORY = "MEMORY"
    STORAGE = "STORAGE"
    TERMINATION = "TERMINATION"
