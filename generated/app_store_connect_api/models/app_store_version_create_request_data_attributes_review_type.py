from ..types import OpenStrEnum


class AppStoreVersionCreateRequestDataAttributesReviewType(OpenStrEnum):
    APP_STORE = "APP_STORE"
    NOTARIZATION = "NOTARIZATION"
