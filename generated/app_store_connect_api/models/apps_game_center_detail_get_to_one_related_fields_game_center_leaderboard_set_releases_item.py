from ..types import OpenStrEnum


class AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    LIVE = "live"
