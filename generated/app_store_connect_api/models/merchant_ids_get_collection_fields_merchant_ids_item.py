from ..types import OpenStrEnum


class MerchantIdsGetCollectionFieldsMerchantIdsItem(OpenStrEnum):
    CERTIFICATES = "certificates"
    IDENTIFIER = "identifier"
    NAME = "name"
