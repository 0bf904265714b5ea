from ..types import OpenStrEnum


class GameCenterLeaderboardSetsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem(
    OpenStrEnum
):
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    GAMECENTERLEADERBOARDSETIMAGE = "gameCenterLeaderboardSetImage"
    LOCALE = "locale"
    NAME = "name"
