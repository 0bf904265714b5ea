from ..types import OpenStrEnum


class AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0DisplayPointSource(OpenStrEnum):
    CALCULATED = "CALCULATED"
    MANUALLY_PLACED = "MANUALLY_PLACED"
