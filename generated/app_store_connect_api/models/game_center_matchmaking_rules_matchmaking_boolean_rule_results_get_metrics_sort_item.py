from ..types import OpenStrEnum


class GameCenterMatchmakingRulesMatchmakingBooleanRuleResultsGetMetricsSortItem(OpenStrEnum):
    COUNT = "count"
    VALUE_1 = "-count"
