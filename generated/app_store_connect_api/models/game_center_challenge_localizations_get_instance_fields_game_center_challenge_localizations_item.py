from ..types import OpenStrEnum


class GameCenterChallengeLocalizationsGetInstanceFieldsGameCenterChallengeLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
