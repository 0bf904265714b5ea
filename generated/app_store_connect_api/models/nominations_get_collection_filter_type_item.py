from ..types import OpenStrEnum


class NominationsGetCollectionFilterTypeItem(OpenStrEnum):
    APP_ENHANCEMENTS = "APP_ENHANCEMENTS"
    APP_LAUNCH = "APP_LAUNCH"
    NEW_CONTENT = "NEW_CONTENT"
