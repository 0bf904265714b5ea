from ..types import OpenStrEnum


class GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem(
    OpenStrEnum
):
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    GAMECENTERLEADERBOARDSETIMAGE = "gameCenterLeaderboardSetImage"
    LOCALE = "locale"
    NAME = "name"
