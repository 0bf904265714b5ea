from ..types import OpenStrEnum


class AccessibilityDeclarationAttributesState(OpenStrEnum):
    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"
    REPLACED = "REPLACED"
