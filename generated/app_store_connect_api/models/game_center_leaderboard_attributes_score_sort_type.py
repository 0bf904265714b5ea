from ..types import OpenStrEnum


class GameCenterLeaderboardAttributesScoreSortType(OpenStrEnum):
    ASC = "ASC"
    DESC = "DESC"
