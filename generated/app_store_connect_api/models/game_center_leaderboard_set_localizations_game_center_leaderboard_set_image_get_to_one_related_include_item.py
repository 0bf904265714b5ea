from ..types import OpenStrEnum


class GameCenterLeaderboardSetLocalizationsGameCenterLeaderboardSetImageGetToOneRelatedIncludeItem(
    OpenStrEnum
):
    GAMECENTERLEADERBOARDSETLOCALIZATION = "gameCenterLeaderboardSetLocalization"
