from ..types import OpenStrEnum


class GameCenterMatchmakingAppRequestsV1MetricResponseDataItemDimensionsResultData(OpenStrEnum):
    CANCELED = "CANCELED"
    EXPIRED = "EXPIRED"
    MATCHED = "MATCHED"
