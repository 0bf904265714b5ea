from ..types import OpenStrEnum


class NominationCreateRequestDataAttributesType(OpenStrEnum):
    APP_ENHANCEMENTS = "APP_ENHANCEMENTS"
    APP_LAUNCH = "APP_LAUNCH"
    NEW_CONTENT = "NEW_CONTENT"
