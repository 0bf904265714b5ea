from ..types import OpenStrEnum


class AppsAccessibilityDeclarationsGetToManyRelatedFilterStateItem(OpenStrEnum):
    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"
    REPLACED = "REPLACED"
