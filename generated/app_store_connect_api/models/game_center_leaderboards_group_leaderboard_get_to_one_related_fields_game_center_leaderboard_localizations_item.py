from ..types import OpenStrEnum


class GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem(
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
