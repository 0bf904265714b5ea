from ..types import OpenStrEnum


class GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    VERSIONS = "versions"
