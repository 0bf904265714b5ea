from ..types import OpenStrEnum


class BuildsGetCollectionFilterProcessingStateItem(OpenStrEnum):
    FAILED = "FAILED"
    INVALID = "INVALID"
    PROCESSING = "PROCESSING"
    VALID = "VALID"
