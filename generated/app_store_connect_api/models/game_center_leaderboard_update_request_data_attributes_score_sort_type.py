from ..types import OpenStrEnum


class GameCenterLeaderboardUpdateRequestDataAttributesScoreSortType(OpenStrEnum):
    ASC = "ASC"
    DESC = "DESC"
