from ..types import OpenStrEnum


class GameCenterMatchmakingQueuesMatchmakingRequestsGetMetricsFilterResult(OpenStrEnum):
    CANCELED = "CANCELED"
    EXPIRED = "EXPIRED"
    MATCHED = "MATCHED"
