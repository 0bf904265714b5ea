from ..types import OpenStrEnum


class GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetMemberLocalizationsItem(
    OpenStrEnum
):
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    LOCALE = "locale"
    NAME = "name"
