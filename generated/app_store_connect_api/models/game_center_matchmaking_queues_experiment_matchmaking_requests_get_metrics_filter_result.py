from ..types import OpenStrEnum


class GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsFilterResult(OpenStrEnum):
    CANCELED = "CANCELED"
    EXPIRED = "EXPIRED"
    MATCHED = "MATCHED"
