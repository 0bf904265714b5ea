from ..types import OpenStrEnum


class GameCenterDetailsClassicMatchmakingRequestsGetMetricsGroupByItem(OpenStrEnum):
    RESULT = "result"
