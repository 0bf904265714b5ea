from ..types import OpenStrEnum


class GameCenterActivityLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    IMAGE = "image"
    VERSION = "version"
