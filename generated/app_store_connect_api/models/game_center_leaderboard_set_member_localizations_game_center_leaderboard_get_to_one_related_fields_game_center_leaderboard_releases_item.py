from ..types import OpenStrEnum


class GameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem(
    OpenStrEnum
):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
    LIVE = "live"
