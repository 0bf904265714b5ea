from ..types import OpenStrEnum


class AgeRatingDeclarationAttributesGunsOrOtherWeapons(OpenStrEnum):
    FREQUENT = "FREQUENT"
    FREQUENT_OR_INTENSE = "FREQUENT_OR_INTENSE"
    INFREQUENT = "INFREQUENT"
    INFREQUENT_OR_MILD = "INFREQUENT_OR_MILD"
    NONE = "NONE"
