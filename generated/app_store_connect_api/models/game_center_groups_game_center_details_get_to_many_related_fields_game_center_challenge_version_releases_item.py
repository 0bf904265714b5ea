from ..types import OpenStrEnum


class GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem(
    OpenStrEnum
):
    VERSION = "version"
