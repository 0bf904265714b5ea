from ..types import OpenStrEnum


class AgeRatingDeclarationUpdateRequestDataAttributesAgeRatingOverrideV2(OpenStrEnum):
    EIGHTEEN_PLUS = "EIGHTEEN_PLUS"
    NINE_PLUS = "NINE_PLUS"
    NONE = "NONE"
    SIXTEEN_PLUS = "SIXTEEN_PLUS"
    THIRTEEN_PLUS = "THIRTEEN_PLUS"
    UNRATED = "UNRATED"
