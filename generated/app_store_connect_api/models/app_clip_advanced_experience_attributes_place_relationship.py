from ..types import OpenStrEnum


class AppClipAdvancedExperienceAttributesPlaceRelationship(OpenStrEnum):
    AUTHORIZED = "AUTHORIZED"
    OTHER = "OTHER"
    OWNER = "OWNER"
