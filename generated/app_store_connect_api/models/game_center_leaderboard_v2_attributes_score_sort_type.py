from ..types import OpenStrEnum


class GameCenterLeaderboardV2AttributesScoreSortType(OpenStrEnum):
    ASC = "ASC"
    DESC = "DESC"
