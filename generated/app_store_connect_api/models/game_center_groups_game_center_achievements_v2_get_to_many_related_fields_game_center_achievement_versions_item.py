from ..types import OpenStrEnum


class GameCenterGroupsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementVersionsItem(
    OpenStrEnum
):
    ACHIEVEMENT = "achievement"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
