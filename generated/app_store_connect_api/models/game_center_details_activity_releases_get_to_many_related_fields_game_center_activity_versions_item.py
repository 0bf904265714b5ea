from ..types import OpenStrEnum


class GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionsItem(OpenStrEnum):
    ACTIVITY = "activity"
    DEFAULTIMAGE = "defaultImage"
    FALLBACKURL = "fallbackUrl"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
    STATE = "state"
    VERSION = "version"
