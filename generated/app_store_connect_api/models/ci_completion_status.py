from ..types import OpenStrEnum


class CiCompletionStatus(OpenStrEnum):
    CANCELED = "CANCELED"
    ERRORED = "ERRORED"
    FAILED = "FAILED"
    SKIPPED = "SKIPPED"
    SUCCEEDED = "SUCCEEDED"
