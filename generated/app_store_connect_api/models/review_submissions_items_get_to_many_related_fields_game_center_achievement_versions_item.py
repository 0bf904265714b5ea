from ..types import OpenStrEnum


class ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterAchievementVersionsItem(OpenStrEnum):
    ACHIEVEMENT = "achievement"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
