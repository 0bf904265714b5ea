from ..types import OpenStrEnum


class AppMediaPreviewFrameImageStateState(OpenStrEnum):
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"
