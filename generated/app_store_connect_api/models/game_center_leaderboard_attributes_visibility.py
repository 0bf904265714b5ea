from ..types import OpenStrEnum


class GameCenterLeaderboardAttributesVisibility(OpenStrEnum):
    HIDE_FOR_ALL = "HIDE_FOR_ALL"
    SHOW_FOR_ALL = "SHOW_FOR_ALL"
