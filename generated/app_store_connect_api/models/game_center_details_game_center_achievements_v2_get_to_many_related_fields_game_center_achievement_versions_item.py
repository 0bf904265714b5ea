from ..types import OpenStrEnum


class GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementVersionsItem(
    OpenStrEnum
):
    ACHIEVEMENT = "achievement"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
