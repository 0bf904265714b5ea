from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsV2ImageGetToOneRelatedIncludeItem(OpenStrEnum):
    LOCALIZATION = "localization"
