from ..types import OpenStrEnum


class GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedIncludeItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
