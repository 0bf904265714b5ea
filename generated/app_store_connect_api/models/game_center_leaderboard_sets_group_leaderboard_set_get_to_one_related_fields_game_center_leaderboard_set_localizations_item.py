from ..types import OpenStrEnum


class GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem(
    OpenStrEnum
):
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    GAMECENTERLEADERBOARDSETIMAGE = "gameCenterLeaderboardSetImage"
    LOCALE = "locale"
    NAME = "name"
