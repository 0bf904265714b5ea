from ..types import OpenStrEnum


class GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementVersionsItem(
    OpenStrEnum
):
    ACHIEVEMENT = "achievement"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
