from ..types import OpenStrEnum


class GameCenterLeaderboardSetImagesGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem(OpenStrEnum):
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    GAMECENTERLEADERBOARDSETIMAGE = "gameCenterLeaderboardSetImage"
    LOCALE = "locale"
    NAME = "name"
