from ..types import OpenStrEnum


class MerchantIdsGetInstanceIncludeItem(OpenStrEnum):
    CERTIFICATES = "certificates"
