from ..types import OpenStrEnum


class UsersGetCollectionSortItem(OpenStrEnum):
    LASTNAME = "lastName"
    USERNAME = "username"
    VALUE_1 = "-username"
    VALUE_3 = "-lastName"
