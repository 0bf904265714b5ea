from ..types import OpenStrEnum


class AppStoreVersionUpdateRequestDataAttributesReviewType(OpenStrEnum):
    APP_STORE = "APP_STORE"
    NOTARIZATION = "NOTARIZATION"
