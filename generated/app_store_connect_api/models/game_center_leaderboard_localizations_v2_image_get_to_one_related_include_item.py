from ..types import OpenStrEnum


class GameCenterLeaderboardLocalizationsV2ImageGetToOneRelatedIncludeItem(OpenStrEnum):
    LOCALIZATION = "localization"
