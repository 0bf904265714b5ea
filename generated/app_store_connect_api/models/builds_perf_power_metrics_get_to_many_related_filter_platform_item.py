from ..types import OpenStrEnum


class BuildsPerfPowerMetricsGetToManyRelatedFilterPlatformItem(OpenStrEnum):
    IOS = "IOS"
