from ..types import OpenStrEnum


class GameCenterLeaderboardV2UpdateRequestDataAttributesScoreSortType(OpenStrEnum):
    ASC = "ASC"
    DESC = "DESC"
