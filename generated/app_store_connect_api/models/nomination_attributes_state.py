from ..types import OpenStrEnum


class NominationAttributesState(OpenStrEnum):
    ARCHIVED = "ARCHIVED"
    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
