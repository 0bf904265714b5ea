from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedIncludeItem(OpenStrEnum):
    GAMECENTERACHIEVEMENTLOCALIZATION = "gameCenterAchievementLocalization"
