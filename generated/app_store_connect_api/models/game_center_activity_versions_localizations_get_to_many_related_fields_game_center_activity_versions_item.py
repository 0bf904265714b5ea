from ..types import OpenStrEnum


class GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityVersionsItem(
    OpenStrEnum
):
    ACTIVITY = "activity"
    DEFAULTIMAGE = "defaultImage"
    FALLBACKURL = "fallbackUrl"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
    STATE = "state"
    VERSION = "version"
