from ..types import OpenStrEnum


class NominationsGetCollectionFilterStateItem(OpenStrEnum):
    ARCHIVED = "ARCHIVED"
    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
