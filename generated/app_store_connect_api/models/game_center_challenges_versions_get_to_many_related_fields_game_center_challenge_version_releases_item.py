from ..types import OpenStrEnum


class GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem(OpenStrEnum):
    VERSION = "version"
