from ..types import OpenStrEnum


class GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementVersionsItem(OpenStrEnum):
    ACHIEVEMENT = "achievement"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
