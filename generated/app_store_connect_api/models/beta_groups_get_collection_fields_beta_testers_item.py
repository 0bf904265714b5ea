from ..types import OpenStrEnum


class BetaGroupsGetCollectionFieldsBetaTestersItem(OpenStrEnum):
    APPDEVICES = "appDevices"
    APPS = "apps"
    BETAGROUPS = "betaGroups"
    BUILDS = "builds"
    EMAIL = "email"
    FIRSTNAME = "firstName"
    INVITETYPE = "inviteType"
    LASTNAME = "lastName"
    STATE = "state"
