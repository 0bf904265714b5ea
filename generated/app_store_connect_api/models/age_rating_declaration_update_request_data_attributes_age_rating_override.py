from ..types import OpenStrEnum


class AgeRatingDeclarationUpdateRequestDataAttributesAgeRatingOverride(OpenStrEnum):
    NINE_PLUS = "NINE_PLUS"
    NONE = "NONE"
    SEVENTEEN_PLUS = "SEVENTEEN_PLUS"
    SIXTEEN_PLUS = "SIXTEEN_PLUS"
    THIRTEEN_PLUS = "THIRTEEN_PLUS"
    UNRATED = "UNRATED"
