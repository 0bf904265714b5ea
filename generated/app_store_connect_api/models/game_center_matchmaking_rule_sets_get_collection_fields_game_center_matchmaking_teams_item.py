from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingTeamsItem(OpenStrEnum):
    MAXPLAYERS = "maxPlayers"
    MINPLAYERS = "minPlayers"
    REFERENCENAME = "referenceName"
