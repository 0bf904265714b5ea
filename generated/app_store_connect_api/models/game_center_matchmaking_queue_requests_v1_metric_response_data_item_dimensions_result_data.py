from ..types import OpenStrEnum


class GameCenterMatchmakingQueueRequestsV1MetricResponseDataItemDimensionsResultData(OpenStrEnum):
    CANCELED = "CANCELED"
    EXPIRED = "EXPIRED"
    MATCHED = "MATCHED"
