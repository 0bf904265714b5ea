from ..types import OpenStrEnum


class AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterStatusItem(OpenStrEnum):
    APP_TRANSFER_IN_PROGRESS = "APP_TRANSFER_IN_PROGRESS"
    DEACTIVATED = "DEACTIVATED"
    RECEIVED = "RECEIVED"
