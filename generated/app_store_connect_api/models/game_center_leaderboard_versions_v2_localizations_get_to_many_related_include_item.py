from ..types import OpenStrEnum


class GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    IMAGE = "image"
    VERSION = "version"
