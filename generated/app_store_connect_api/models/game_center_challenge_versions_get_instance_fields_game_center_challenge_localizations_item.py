from ..types import OpenStrEnum


class GameCenterChallengeVersionsGetInstanceFieldsGameCenterChallengeLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
