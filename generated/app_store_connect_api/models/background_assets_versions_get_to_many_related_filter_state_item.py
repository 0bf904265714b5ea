from ..types import OpenStrEnum


class BackgroundAssetsVersionsGetToManyRelatedFilterStateItem(OpenStrEnum):
    AWAITING_UPLOAD = "AWAITING_UPLOAD"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"
