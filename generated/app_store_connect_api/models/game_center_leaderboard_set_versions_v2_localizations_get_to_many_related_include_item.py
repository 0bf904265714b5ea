from ..types import OpenStrEnum


class GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    IMAGE = "image"
    VERSION = "version"
