from ..types import OpenStrEnum


class AppClipAdvancedExperienceAttributesPlaceDisplayPointSource(OpenStrEnum):
    CALCULATED = "CALCULATED"
    MANUALLY_PLACED = "MANUALLY_PLACED"
