from ..types import OpenStrEnum


class GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionReleasesItem(OpenStrEnum):
    VERSION = "version"
