from ..types import OpenStrEnum


class GameCenterLeaderboardSetLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    GAMECENTERLEADERBOARDSETIMAGE = "gameCenterLeaderboardSetImage"
