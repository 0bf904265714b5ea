from ..types import OpenStrEnum


class GameCenterChallengeVersionsLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    IMAGE = "image"
    VERSION = "version"
