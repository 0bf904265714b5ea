from ..types import OpenStrEnum


class GameCenterAchievementVersionsV2GetInstanceFieldsGameCenterAchievementLocalizationsItem(OpenStrEnum):
    AFTEREARNEDDESCRIPTION = "afterEarnedDescription"
    BEFOREEARNEDDESCRIPTION = "beforeEarnedDescription"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
