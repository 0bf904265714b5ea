from ..types import OpenStrEnum


class GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementVersionsItem(OpenStrEnum):
    ACHIEVEMENT = "achievement"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
