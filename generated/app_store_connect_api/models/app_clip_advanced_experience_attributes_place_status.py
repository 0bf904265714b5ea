from ..types import OpenStrEnum


class AppClipAdvancedExperienceAttributesPlaceStatus(OpenStrEnum):
    MATCHED = "MATCHED"
    NO_MATCH = "NO_MATCH"
    PENDING = "PENDING"
