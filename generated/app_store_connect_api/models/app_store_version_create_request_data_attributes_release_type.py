from ..types import OpenStrEnum


class AppStoreVersionCreateRequestDataAttributesReleaseType(OpenStrEnum):
    AFTER_APPROVAL = "AFTER_APPROVAL"
    MANUAL = "MANUAL"
    SCHEDULED = "SCHEDULED"
