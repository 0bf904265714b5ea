from ..types import OpenStrEnum


class GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedIncludeItem(OpenStrEnum):
    LOCALIZATION = "localization"
