from ..types import OpenStrEnum


class UserInvitationsGetCollectionSortItem(OpenStrEnum):
    EMAIL = "email"
    LASTNAME = "lastName"
    VALUE_1 = "-email"
    VALUE_3 = "-lastName"
