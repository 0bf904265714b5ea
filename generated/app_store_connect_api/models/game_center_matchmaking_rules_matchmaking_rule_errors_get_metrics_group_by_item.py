from ..types import OpenStrEnum


class GameCenterMatchmakingRulesMatchmakingRuleErrorsGetMetricsGroupByItem(OpenStrEnum):
    GAMECENTERMATCHMAKINGQUEUE = "gameCenterMatchmakingQueue"
