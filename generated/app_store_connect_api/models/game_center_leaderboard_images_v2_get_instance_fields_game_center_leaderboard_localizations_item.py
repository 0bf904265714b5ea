from ..types import OpenStrEnum


class GameCenterLeaderboardImagesV2GetInstanceFieldsGameCenterLeaderboardLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    FORMATTEROVERRIDE = "formatterOverride"
    FORMATTERSUFFIX = "formatterSuffix"
    FORMATTERSUFFIXSINGULAR = "formatterSuffixSingular"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
