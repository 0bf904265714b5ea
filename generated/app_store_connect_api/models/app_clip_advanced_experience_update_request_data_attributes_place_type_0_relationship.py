from ..types import OpenStrEnum


class AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0Relationship(OpenStrEnum):
    AUTHORIZED = "AUTHORIZED"
    OTHER = "OTHER"
    OWNER = "OWNER"
