from ..types import OpenStrEnum


class GameCenterMatchmakingRulesMatchmakingNumberRuleResultsGetMetricsSortItem(OpenStrEnum):
    AVERAGERESULT = "averageResult"
    COUNT = "count"
    P50RESULT = "p50Result"
    P95RESULT = "p95Result"
    VALUE_1 = "-count"
    VALUE_3 = "-averageResult"
    VALUE_5 = "-p50Result"
    VALUE_7 = "-p95Result"
