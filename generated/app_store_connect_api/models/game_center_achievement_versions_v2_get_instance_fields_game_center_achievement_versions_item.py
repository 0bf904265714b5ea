from ..types import OpenStrEnum


class GameCenterAchievementVersionsV2GetInstanceFieldsGameCenterAchievementVersionsItem(OpenStrEnum):
    ACHIEVEMENT = "achievement"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
