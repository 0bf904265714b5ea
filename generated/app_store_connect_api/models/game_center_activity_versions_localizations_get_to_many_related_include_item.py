from ..types import OpenStrEnum


class GameCenterActivityVersionsLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    IMAGE = "image"
    VERSION = "version"
