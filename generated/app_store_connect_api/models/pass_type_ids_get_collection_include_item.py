from ..types import OpenStrEnum


class PassTypeIdsGetCollectionIncludeItem(OpenStrEnum):
    CERTIFICATES = "certificates"
