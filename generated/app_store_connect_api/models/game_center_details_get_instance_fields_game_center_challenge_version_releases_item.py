from ..types import OpenStrEnum


class GameCenterDetailsGetInstanceFieldsGameCenterChallengeVersionReleasesItem(OpenStrEnum):
    VERSION = "version"
