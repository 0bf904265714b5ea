from ..types import OpenStrEnum


class GameCenterLeaderboardSetsLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    GAMECENTERLEADERBOARDSETIMAGE = "gameCenterLeaderboardSetImage"
