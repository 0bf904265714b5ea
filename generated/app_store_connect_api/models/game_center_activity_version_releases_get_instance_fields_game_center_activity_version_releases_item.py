from ..types import OpenStrEnum


class GameCenterActivityVersionReleasesGetInstanceFieldsGameCenterActivityVersionReleasesItem(OpenStrEnum):
    VERSION = "version"
