from ..types import OpenStrEnum


class GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem(
    OpenStrEnum
):
    VERSION = "version"
