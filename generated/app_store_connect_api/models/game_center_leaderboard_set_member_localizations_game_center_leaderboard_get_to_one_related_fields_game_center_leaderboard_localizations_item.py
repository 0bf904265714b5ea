from ..types import OpenStrEnum


class GameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem(
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
