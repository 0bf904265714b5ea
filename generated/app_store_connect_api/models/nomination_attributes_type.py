from ..types import OpenStrEnum


class NominationAttributesType(OpenStrEnum):
    APP_ENHANCEMENTS = "APP_ENHANCEMENTS"
    APP_LAUNCH = "APP_LAUNCH"
    NEW_CONTENT = "NEW_CONTENT"
