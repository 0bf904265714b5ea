from ..types import OpenStrEnum


class GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
