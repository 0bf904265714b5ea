from ..types import OpenStrEnum


class AppMediaVideoStateState(OpenStrEnum):
    AWAITING_UPLOAD = "AWAITING_UPLOAD"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"
    UPLOAD_COMPLETE = "UPLOAD_COMPLETE"
