from ..types import OpenStrEnum


class AppClipAdvancedExperienceAttributesStatus(OpenStrEnum):
    APP_TRANSFER_IN_PROGRESS = "APP_TRANSFER_IN_PROGRESS"
    DEACTIVATED = "DEACTIVATED"
    RECEIVED = "RECEIVED"
