from ..types import OpenStrEnum


class GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionReleasesItem(OpenStrEnum):
    VERSION = "version"
