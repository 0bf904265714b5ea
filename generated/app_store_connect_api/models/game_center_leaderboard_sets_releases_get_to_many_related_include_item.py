from ..types import OpenStrEnum


class GameCenterLeaderboardSetsReleasesGetToManyRelatedIncludeItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
