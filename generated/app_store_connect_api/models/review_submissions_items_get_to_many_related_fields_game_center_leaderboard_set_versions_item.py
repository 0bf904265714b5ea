from ..types import OpenStrEnum


class ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem(OpenStrEnum):
    LEADERBOARDSET = "leaderboardSet"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
