from ..types import OpenStrEnum


class GameCenterMatchmakingRulesMatchmakingBooleanRuleResultsGetMetricsGroupByItem(OpenStrEnum):
    GAMECENTERMATCHMAKINGQUEUE = "gameCenterMatchmakingQueue"
    RESULT = "result"
