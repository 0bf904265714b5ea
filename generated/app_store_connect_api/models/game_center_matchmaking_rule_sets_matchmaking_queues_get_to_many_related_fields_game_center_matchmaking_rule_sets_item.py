from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsMatchmakingQueuesGetToManyRelatedFieldsGameCenterMatchmakingRuleSetsItem(
    OpenStrEnum
):
    MATCHMAKINGQUEUES = "matchmakingQueues"
    MAXPLAYERS = "maxPlayers"
    MINPLAYERS = "minPlayers"
    REFERENCENAME = "referenceName"
    RULELANGUAGEVERSION = "ruleLanguageVersion"
    RULES = "rules"
    TEAMS = "teams"
