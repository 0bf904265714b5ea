from ..types import OpenStrEnum


class GameCenterMatchmakingQueuesExperimentMatchmakingQueueSizesGetMetricsSortItem(OpenStrEnum):
    AVERAGENUMBEROFREQUESTS = "averageNumberOfRequests"
    COUNT = "count"
    P50NUMBEROFREQUESTS = "p50NumberOfRequests"
    P95NUMBEROFREQUESTS = "p95NumberOfRequests"
    VALUE_1 = "-count"
    VALUE_3 = "-averageNumberOfRequests"
    VALUE_5 = "-p50NumberOfRequests"
    VALUE_7 = "-p95NumberOfRequests"
