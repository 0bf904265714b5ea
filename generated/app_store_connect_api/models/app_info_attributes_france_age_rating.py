from ..types import OpenStrEnum


class AppInfoAttributesFranceAgeRating(OpenStrEnum):
    EIGHTEEN = "EIGHTEEN"
