from ..types import OpenStrEnum


class PassTypeIdsGetCollectionSortItem(OpenStrEnum):
    ID = "id"
    IDENTIFIER = "identifier"
    NAME = "name"
    VALUE_1 = "-name"
    VALUE_3 = "-identifier"
    VALUE_5 = "-id"
