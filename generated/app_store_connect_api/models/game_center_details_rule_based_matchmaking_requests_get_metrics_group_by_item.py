from ..types import OpenStrEnum


class GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGroupByItem(OpenStrEnum):
    RESULT = "result"
