from ..types import OpenStrEnum


class GameCenterAchievementImagesV2GetInstanceIncludeItem(OpenStrEnum):
    LOCALIZATION = "localization"
