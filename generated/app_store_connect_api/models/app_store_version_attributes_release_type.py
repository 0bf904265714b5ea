from ..types import OpenStrEnum


class AppStoreVersionAttributesReleaseType(OpenStrEnum):
    AFTER_APPROVAL = "AFTER_APPROVAL"
    MANUAL = "MANUAL"
    SCHEDULED = "SCHEDULED"
