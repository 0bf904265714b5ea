from ..types import OpenStrEnum


class BundleIdsGetCollectionSortItem(OpenStrEnum):
    ID = "id"
    IDENTIFIER = "identifier"
    NAME = "name"
    PLATFORM = "platform"
    SEEDID = "seedId"
    VALUE_1 = "-name"
    VALUE_3 = "-platform"
    VALUE_5 = "-identifier"
    VALUE_7 = "-seedId"
    VALUE_9 = "-id"
