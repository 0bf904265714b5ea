from ..types import OpenStrEnum


class GameCenterLeaderboardSetImagesGetInstanceIncludeItem(OpenStrEnum):
    GAMECENTERLEADERBOARDSETLOCALIZATION = "gameCenterLeaderboardSetLocalization"
