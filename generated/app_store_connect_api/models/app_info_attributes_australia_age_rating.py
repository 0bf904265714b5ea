from ..types import OpenStrEnum


class AppInfoAttributesAustraliaAgeRating(OpenStrEnum):
    EIGHTEEN = "EIGHTEEN"
    FIFTEEN = "FIFTEEN"
