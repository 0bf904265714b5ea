from ..types import OpenStrEnum


class GameCenterAchievementsV2VersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    ACHIEVEMENT = "achievement"
    LOCALIZATIONS = "localizations"
