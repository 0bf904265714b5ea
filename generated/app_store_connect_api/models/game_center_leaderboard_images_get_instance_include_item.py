from ..types import OpenStrEnum


class GameCenterLeaderboardImagesGetInstanceIncludeItem(OpenStrEnum):
    GAMECENTERLEADERBOARDLOCALIZATION = "gameCenterLeaderboardLocalization"
