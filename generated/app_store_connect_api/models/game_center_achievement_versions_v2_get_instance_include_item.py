from ..types import OpenStrEnum


class GameCenterAchievementVersionsV2GetInstanceIncludeItem(OpenStrEnum):
    ACHIEVEMENT = "achievement"
    LOCALIZATIONS = "localizations"
