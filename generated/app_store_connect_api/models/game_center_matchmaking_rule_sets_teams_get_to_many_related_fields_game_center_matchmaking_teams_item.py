from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsTeamsGetToManyRelatedFieldsGameCenterMatchmakingTeamsItem(OpenStrEnum):
    MAXPLAYERS = "maxPlayers"
    MINPLAYERS = "minPlayers"
    REFERENCENAME = "referenceName"
