from ..types import OpenStrEnum


class GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem(
    OpenStrEnum
):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
    LIVE = "live"
