from ..types import OpenStrEnum


class PerfPowerMetricAttributesPlatform(OpenStrEnum):
    IOS = "IOS"
