from ..types import OpenStrEnum


class GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem(
    OpenStrEnum
):
    DESCRIPTION = "description"
    FORMATTEROVERRIDE = "formatterOverride"
    FORMATTERSUFFIX = "formatterSuffix"
    FORMATTERSUFFIXSINGULAR = "formatterSuffixSingular"
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
    GAMECENTERLEADERBOARDIMAGE = "gameCenterLeaderboardImage"
    LOCALE = "locale"
    NAME = "name"
