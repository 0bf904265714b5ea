from ..types import OpenStrEnum


class GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
