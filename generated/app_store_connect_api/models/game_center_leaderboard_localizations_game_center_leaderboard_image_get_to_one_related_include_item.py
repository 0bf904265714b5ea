from ..types import OpenStrEnum


class GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedIncludeItem(OpenStrEnum):
    GAMECENTERLEADERBOARDLOCALIZATION = "gameCenterLeaderboardLocalization"
