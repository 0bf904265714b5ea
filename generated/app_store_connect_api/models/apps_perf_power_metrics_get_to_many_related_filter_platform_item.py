from ..types import OpenStrEnum


class AppsPerfPowerMetricsGetToManyRelatedFilterPlatformItem(OpenStrEnum):
    IOS = "IOS"
