from ..types import OpenStrEnum


class GameCenterDetailsGetInstanceFieldsGameCenterActivityVersionReleasesItem(OpenStrEnum):
    VERSION = "version"
