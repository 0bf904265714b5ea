from ..types import OpenStrEnum


class GameCenterAchievementsV2GetInstanceIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    VERSIONS = "versions"
