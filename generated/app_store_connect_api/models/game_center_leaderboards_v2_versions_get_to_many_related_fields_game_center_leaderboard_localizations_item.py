from ..types import OpenStrEnum


class GameCenterLeaderboardsV2VersionsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem(
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
