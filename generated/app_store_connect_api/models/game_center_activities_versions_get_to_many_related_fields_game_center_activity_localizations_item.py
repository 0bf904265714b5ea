from ..types import OpenStrEnum


class GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
