from ..types import OpenStrEnum


class GameCenterDetailsLeaderboardReleasesGetToManyRelatedIncludeItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
