from ..types import OpenStrEnum


class GameCenterDetailsActivityReleasesGetToManyRelatedIncludeItem(OpenStrEnum):
    VERSION = "version"
