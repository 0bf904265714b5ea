from ..types import OpenStrEnum


class GameCenterChallengeLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    IMAGE = "image"
    VERSION = "version"
