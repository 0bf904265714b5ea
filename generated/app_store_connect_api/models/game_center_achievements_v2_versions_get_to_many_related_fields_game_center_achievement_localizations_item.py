from ..types import OpenStrEnum


class GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem(
    OpenStrEnum
):
    AFTEREARNEDDESCRIPTION = "afterEarnedDescription"
    BEFOREEARNEDDESCRIPTION = "beforeEarnedDescription"
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
