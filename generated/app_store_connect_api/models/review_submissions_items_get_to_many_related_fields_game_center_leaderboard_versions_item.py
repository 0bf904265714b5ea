from ..types import OpenStrEnum


class ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem(OpenStrEnum):
    LEADERBOARD = "leaderboard"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
