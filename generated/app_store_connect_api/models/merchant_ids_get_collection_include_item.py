from ..types import OpenStrEnum


class MerchantIdsGetCollectionIncludeItem(OpenStrEnum):
    CERTIFICATES = "certificates"
