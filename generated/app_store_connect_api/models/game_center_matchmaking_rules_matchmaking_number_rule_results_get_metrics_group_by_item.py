from ..types import OpenStrEnum


class GameCenterMatchmakingRulesMatchmakingNumberRuleResultsGetMetricsGroupByItem(OpenStrEnum):
    GAMECENTERMATCHMAKINGQUEUE = "gameCenterMatchmakingQueue"
