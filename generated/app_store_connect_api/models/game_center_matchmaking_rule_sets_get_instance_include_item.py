from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsGetInstanceIncludeItem(OpenStrEnum):
    MATCHMAKINGQUEUES = "matchmakingQueues"
    RULES = "rules"
    TEAMS = "teams"
