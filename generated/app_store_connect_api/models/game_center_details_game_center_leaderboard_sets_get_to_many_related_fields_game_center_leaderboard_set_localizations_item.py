from ..types import OpenStrEnum


class GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem(
    OpenStrEnum
):
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    GAMECENTERLEADERBOARDSETIMAGE = "gameCenterLeaderboardSetImage"
    LOCALE = "locale"
    NAME = "name"
