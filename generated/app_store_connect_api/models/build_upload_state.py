from ..types import OpenStrEnum


class BuildUploadState(OpenStrEnum):
    AWAITING_UPLOAD = "AWAITING_UPLOAD"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"
