from ..types import OpenStrEnum


class PreReleaseVersionsGetCollectionFilterBuildsProcessingStateItem(OpenStrEnum):
    FAILED = "FAILED"
    INVALID = "INVALID"
    PROCESSING = "PROCESSING"
    VALID = "VALID"
