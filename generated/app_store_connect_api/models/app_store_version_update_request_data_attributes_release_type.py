from ..types import OpenStrEnum


class AppStoreVersionUpdateRequestDataAttributesReleaseType(OpenStrEnum):
    AFTER_APPROVAL = "AFTER_APPROVAL"
    MANUAL = "MANUAL"
    SCHEDULED = "SCHEDULED"
