from ..types import OpenStrEnum


class ProfilesGetCollectionSortItem(OpenStrEnum):
    ID = "id"
    NAME = "name"
    PROFILESTATE = "profileState"
    PROFILETYPE = "profileType"
    VALUE_1 = "-name"
    VALUE_3 = "-profileType"
    VALUE_5 = "-profileState"
    VALUE_7 = "-id"
