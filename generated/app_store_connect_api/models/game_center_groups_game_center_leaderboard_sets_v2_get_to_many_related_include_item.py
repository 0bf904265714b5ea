from ..types import OpenStrEnum


class GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    VERSIONS = "versions"
