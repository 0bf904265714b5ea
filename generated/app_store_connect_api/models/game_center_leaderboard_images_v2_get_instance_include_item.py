from ..types import OpenStrEnum


class GameCenterLeaderboardImagesV2GetInstanceIncludeItem(OpenStrEnum):
    LOCALIZATION = "localization"
