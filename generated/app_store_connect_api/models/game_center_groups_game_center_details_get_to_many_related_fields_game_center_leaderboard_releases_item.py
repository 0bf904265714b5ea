from ..types import OpenStrEnum


class GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
    LIVE = "live"
