from ..types import OpenStrEnum


class GameCenterLeaderboardsLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
    GAMECENTERLEADERBOARDIMAGE = "gameCenterLeaderboardImage"
