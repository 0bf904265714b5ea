from ..types import OpenStrEnum


class GameCenterAchievementImagesGetInstanceIncludeItem(OpenStrEnum):
    GAMECENTERACHIEVEMENTLOCALIZATION = "gameCenterAchievementLocalization"
