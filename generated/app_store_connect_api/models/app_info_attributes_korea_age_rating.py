from ..types import OpenStrEnum


class AppInfoAttributesKoreaAgeRating(OpenStrEnum):
    ALL = "ALL"
    FIFTEEN = "FIFTEEN"
    NINETEEN = "NINETEEN"
    NOT_APPLICABLE = "NOT_APPLICABLE"
    TWELVE = "TWELVE"
