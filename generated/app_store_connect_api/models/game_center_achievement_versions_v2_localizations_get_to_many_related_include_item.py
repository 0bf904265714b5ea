from ..types import OpenStrEnum


class GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    IMAGE = "image"
    VERSION = "version"
