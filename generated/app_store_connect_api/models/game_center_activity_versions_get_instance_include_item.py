from ..types import OpenStrEnum


class GameCenterActivityVersionsGetInstanceIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    DEFAULTIMAGE = "defaultImage"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
