from ..types import OpenStrEnum


class AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengeVersionReleasesItem(OpenStrEnum):
    VERSION = "version"
