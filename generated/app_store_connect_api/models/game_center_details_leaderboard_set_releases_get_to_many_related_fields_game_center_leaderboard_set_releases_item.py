from ..types import OpenStrEnum


class GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem(
    OpenStrEnum
):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    LIVE = "live"
