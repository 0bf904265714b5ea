from ..types import OpenStrEnum


class GameCenterMatchmakingRulesMatchmakingRuleErrorsGetMetricsSortItem(OpenStrEnum):
    COUNT = "count"
    VALUE_1 = "-count"
