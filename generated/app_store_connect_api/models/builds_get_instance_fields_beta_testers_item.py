from ..types import OpenStrEnum


class BuildsGetInstanceFieldsBetaTestersItem(OpenStrEnum):
    APPDEVICES = "appDevices"
    APPS = "apps"
    BETAGROUPS = "betaGroups"
    BUILDS = "builds"
    EMAIL = "email"
    FIRSTNAME = "firstName"
    INVITETYPE = "inviteType"
    LASTNAME = "lastName"
    STATE = "state"
