from ..types import OpenStrEnum


class GameCenterMatchmakingQueuesMatchmakingRequestsGetMetricsSortItem(OpenStrEnum):
    AVERAGESECONDSINQUEUE = "averageSecondsInQueue"
    COUNT = "count"
    P50SECONDSINQUEUE = "p50SecondsInQueue"
    P95SECONDSINQUEUE = "p95SecondsInQueue"
    VALUE_1 = "-count"
    VALUE_3 = "-averageSecondsInQueue"
    VALUE_5 = "-p50SecondsInQueue"
    VALUE_7 = "-p95SecondsInQueue"
