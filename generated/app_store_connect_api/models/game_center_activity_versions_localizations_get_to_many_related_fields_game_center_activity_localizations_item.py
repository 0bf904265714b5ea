from ..types import OpenStrEnum


class GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem(
    OpenStrEnum
):
    DESCRIPTION = "description"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
