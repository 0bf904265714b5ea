from ..types import OpenStrEnum


class GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem(OpenStrEnum):
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    GAMECENTERLEADERBOARDSETIMAGE = "gameCenterLeaderboardSetImage"
    LOCALE = "locale"
    NAME = "name"
