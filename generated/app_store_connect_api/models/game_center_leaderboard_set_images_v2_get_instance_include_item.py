from ..types import OpenStrEnum


class GameCenterLeaderboardSetImagesV2GetInstanceIncludeItem(OpenStrEnum):
    LOCALIZATION = "localization"
