from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsV2ImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem(
    OpenStrEnum
):
    AFTEREARNEDDESCRIPTION = "afterEarnedDescription"
    BEFOREEARNEDDESCRIPTION = "beforeEarnedDescription"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
