from ..types import OpenStrEnum


class AppEventAssetType(OpenStrEnum):
    EVENT_CARD = "EVENT_CARD"
    EVENT_DETAILS_PAGE = "EVENT_DETAILS_PAGE"
