from ..types import OpenStrEnum


class GameCenterActivityVersionReleasesGetInstanceIncludeItem(OpenStrEnum):
    VERSION = "version"
