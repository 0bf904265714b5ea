from ..types import OpenStrEnum


class AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0Relationship(OpenStrEnum):
    AUTHORIZED = "AUTHORIZED"
    OTHER = "OTHER"
    OWNER = "OWNER"
