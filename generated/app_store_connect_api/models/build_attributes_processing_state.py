from ..types import OpenStrEnum


class BuildAttributesProcessingState(OpenStrEnum):
    FAILED = "FAILED"
    INVALID = "INVALID"
    PROCESSING = "PROCESSING"
    VALID = "VALID"
