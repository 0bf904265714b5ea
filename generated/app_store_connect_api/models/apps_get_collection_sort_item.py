from ..types import OpenStrEnum


class AppsGetCollectionSortItem(OpenStrEnum):
    BUNDLEID = "bundleId"
    NAME = "name"
    SKU = "sku"
    VALUE_1 = "-name"
    VALUE_3 = "-bundleId"
    VALUE_5 = "-sku"
