from ..types import OpenStrEnum


class GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsFilterResult(OpenStrEnum):
    CANCELED = "CANCELED"
    EXPIRED = "EXPIRED"
    MATCHED = "MATCHED"
