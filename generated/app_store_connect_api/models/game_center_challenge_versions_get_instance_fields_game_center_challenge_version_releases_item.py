from ..types import OpenStrEnum


class GameCenterChallengeVersionsGetInstanceFieldsGameCenterChallengeVersionReleasesItem(OpenStrEnum):
    VERSION = "version"
