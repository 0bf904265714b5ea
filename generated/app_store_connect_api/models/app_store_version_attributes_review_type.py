from ..types import OpenStrEnum


class AppStoreVersionAttributesReviewType(OpenStrEnum):
    APP_STORE = "APP_STORE"
    NOTARIZATION = "NOTARIZATION"
