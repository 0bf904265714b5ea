from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsGetCollectionIncludeItem(OpenStrEnum):
    MATCHMAKINGQUEUES = "matchmakingQueues"
    RULES = "rules"
    TEAMS = "teams"
