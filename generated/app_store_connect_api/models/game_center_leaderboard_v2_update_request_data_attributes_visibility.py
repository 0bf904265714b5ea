from ..types import OpenStrEnum


class GameCenterLeaderboardV2UpdateRequestDataAttributesVisibility(OpenStrEnum):
    HIDE_FOR_ALL = "HIDE_FOR_ALL"
    SHOW_FOR_ALL = "SHOW_FOR_ALL"
