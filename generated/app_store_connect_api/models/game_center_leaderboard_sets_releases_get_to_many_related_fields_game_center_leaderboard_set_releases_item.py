from ..types import OpenStrEnum


class GameCenterLeaderboardSetsReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem(
    OpenStrEnum
):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    LIVE = "live"
