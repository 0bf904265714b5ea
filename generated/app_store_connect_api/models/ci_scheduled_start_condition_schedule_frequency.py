from ..types import OpenStrEnum


class CiScheduledStartConditionScheduleFrequency(OpenStrEnum):
    DAILY = "DAILY"
    HOURLY = "HOURLY"
    WEEKLY = "WEEKLY"
