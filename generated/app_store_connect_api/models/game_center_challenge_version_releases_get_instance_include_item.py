from ..types import OpenStrEnum


class GameCenterChallengeVersionReleasesGetInstanceIncludeItem(OpenStrEnum):
    VERSION = "version"
