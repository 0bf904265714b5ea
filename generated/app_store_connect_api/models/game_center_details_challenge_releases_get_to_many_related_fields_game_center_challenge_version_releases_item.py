from ..types import OpenStrEnum


class GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem(
    OpenStrEnum
):
    VERSION = "version"
