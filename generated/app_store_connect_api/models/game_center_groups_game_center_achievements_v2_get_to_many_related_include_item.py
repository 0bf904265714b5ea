from ..types import OpenStrEnum


class GameCenterGroupsGameCenterAchievementsV2GetToManyRelatedIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    VERSIONS = "versions"
