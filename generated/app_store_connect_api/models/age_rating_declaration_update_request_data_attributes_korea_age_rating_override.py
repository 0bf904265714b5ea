from ..types import OpenStrEnum


class AgeRatingDeclarationUpdateRequestDataAttributesKoreaAgeRatingOverride(OpenStrEnum):
    FIFTEEN_PLUS = "FIFTEEN_PLUS"
    NINETEEN_PLUS = "NINETEEN_PLUS"
    NONE = "NONE"
