from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementLocalizationsItem(
    OpenStrEnum
):
    AFTEREARNEDDESCRIPTION = "afterEarnedDescription"
    BEFOREEARNEDDESCRIPTION = "beforeEarnedDescription"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
