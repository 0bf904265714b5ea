from ..types import OpenStrEnum


class GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem(
    OpenStrEnum
):
    DESCRIPTION = "description"
    FORMATTEROVERRIDE = "formatterOverride"
    FORMATTERSUFFIX = "formatterSuffix"
    FORMATTERSUFFIXSINGULAR = "formatterSuffixSingular"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
