from ..types import OpenStrEnum


class GameCenterDetailsClassicMatchmakingRequestsGetMetricsFilterResult(OpenStrEnum):
    CANCELED = "CANCELED"
    EXPIRED = "EXPIRED"
    MATCHED = "MATCHED"
