from ..types import OpenStrEnum


class GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem(
    OpenStrEnum
):
    DESCRIPTION = "description"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
