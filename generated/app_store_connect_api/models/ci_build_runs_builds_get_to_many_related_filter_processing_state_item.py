from ..types import OpenStrEnum


class CiBuildRunsBuildsGetToManyRelatedFilterProcessingStateItem(OpenStrEnum):
    FAILED = "FAILED"
    INVALID = "INVALID"
    PROCESSING = "PROCESSING"
    VALID = "VALID"
