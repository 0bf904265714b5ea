from ..types import OpenStrEnum


class GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
