from ..types import OpenStrEnum


class AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterPlaceStatusItem(OpenStrEnum):
    MATCHED = "MATCHED"
    NO_MATCH = "NO_MATCH"
    PENDING = "PENDING"
