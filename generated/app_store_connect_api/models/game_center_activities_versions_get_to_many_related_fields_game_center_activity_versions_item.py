from ..types import OpenStrEnum


class GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionsItem(OpenStrEnum):
    ACTIVITY = "activity"
    DEFAULTIMAGE = "defaultImage"
    FALLBACKURL = "fallbackUrl"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
    STATE = "state"
    VERSION = "version"
