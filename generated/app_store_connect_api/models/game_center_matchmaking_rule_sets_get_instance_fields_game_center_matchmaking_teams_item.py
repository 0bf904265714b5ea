from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingTeamsItem(OpenStrEnum):
    MAXPLAYERS = "maxPlayers"
    MINPLAYERS = "minPlayers"
    REFERENCENAME = "referenceName"
