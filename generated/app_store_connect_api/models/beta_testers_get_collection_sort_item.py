from ..types import OpenStrEnum


class BetaTestersGetCollectionSortItem(OpenStrEnum):
    EMAIL = "email"
    FIRSTNAME = "firstName"
    INVITETYPE = "inviteType"
    LASTNAME = "lastName"
    STATE = "state"
    VALUE_1 = "-firstName"
    VALUE_3 = "-lastName"
    VALUE_5 = "-email"
    VALUE_7 = "-inviteType"
    VALUE_9 = "-state"
