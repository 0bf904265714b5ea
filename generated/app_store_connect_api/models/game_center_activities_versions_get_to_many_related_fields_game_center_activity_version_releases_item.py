from ..types import OpenStrEnum


class GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem(OpenStrEnum):
    VERSION = "version"
