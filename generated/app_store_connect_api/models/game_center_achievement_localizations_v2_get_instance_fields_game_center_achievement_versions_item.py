from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementVersionsItem(OpenStrEnum):
    ACHIEVEMENT = "achievement"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
