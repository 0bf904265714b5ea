from ..types import OpenStrEnum


class AppMediaAssetStateState(OpenStrEnum):
    AWAITING_UPLOAD = "AWAITING_UPLOAD"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
    UPLOAD_COMPLETE = "UPLOAD_COMPLETE"
