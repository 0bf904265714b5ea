from ..types import OpenStrEnum


class AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0DisplayPointSource(OpenStrEnum):
    CALCULATED = "CALCULATED"
    MANUALLY_PLACED = "MANUALLY_PLACED"
