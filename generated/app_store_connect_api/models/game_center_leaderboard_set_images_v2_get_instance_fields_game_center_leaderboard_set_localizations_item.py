from ..types import OpenStrEnum


class GameCenterLeaderboardSetImagesV2GetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem(OpenStrEnum):
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
