from ..types import OpenStrEnum


class BackgroundAssetVersionState(OpenStrEnum):
    AWAITING_UPLOAD = "AWAITING_UPLOAD"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"
