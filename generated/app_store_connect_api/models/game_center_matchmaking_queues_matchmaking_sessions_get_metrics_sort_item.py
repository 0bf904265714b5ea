from ..types import OpenStrEnum


class GameCenterMatchmakingQueuesMatchmakingSessionsGetMetricsSortItem(OpenStrEnum):
    AVERAGEPLAYERCOUNT = "averagePlayerCount"
    COUNT = "count"
    P50PLAYERCOUNT = "p50PlayerCount"
    P95PLAYERCOUNT = "p95PlayerCount"
    VALUE_1 = "-count"
    VALUE_3 = "-averagePlayerCount"
    VALUE_5 = "-p50PlayerCount"
    VALUE_7 = "-p95PlayerCount"
