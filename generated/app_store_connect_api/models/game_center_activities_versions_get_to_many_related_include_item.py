from ..types import OpenStrEnum


class GameCenterActivitiesVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    DEFAULTIMAGE = "defaultImage"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
