from ..types import OpenStrEnum


class MerchantIdsGetInstanceFieldsMerchantIdsItem(OpenStrEnum):
    CERTIFICATES = "certificates"
    IDENTIFIER = "identifier"
    NAME = "name"
