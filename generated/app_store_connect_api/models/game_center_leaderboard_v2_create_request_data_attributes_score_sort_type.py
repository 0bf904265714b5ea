from ..types import OpenStrEnum


class GameCenterLeaderboardV2CreateRequestDataAttributesScoreSortType(OpenStrEnum):
    ASC = "ASC"
    DESC = "DESC"
