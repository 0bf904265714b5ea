from ..types import OpenStrEnum


class MerchantIdsGetCollectionSortItem(OpenStrEnum):
    IDENTIFIER = "identifier"
    NAME = "name"
    VALUE_1 = "-name"
    VALUE_3 = "-identifier"
