from ..types import OpenStrEnum


class GameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem(
    OpenStrEnum
):
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    GAMECENTERLEADERBOARDSETIMAGE = "gameCenterLeaderboardSetImage"
    LOCALE = "locale"
    NAME = "name"
