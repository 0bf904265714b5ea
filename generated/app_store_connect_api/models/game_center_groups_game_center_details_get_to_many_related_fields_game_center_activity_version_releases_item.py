from ..types import OpenStrEnum


class GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem(
    OpenStrEnum
):
    VERSION = "version"
