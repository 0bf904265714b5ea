from ..types import OpenStrEnum


class GameCenterLeaderboardSetMemberLocalizationsGetCollectionIncludeItem(OpenStrEnum):
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
