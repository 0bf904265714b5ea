from ..types import OpenStrEnum


class GameCenterLeaderboardCreateRequestDataAttributesScoreSortType(OpenStrEnum):
    ASC = "ASC"
    DESC = "DESC"
