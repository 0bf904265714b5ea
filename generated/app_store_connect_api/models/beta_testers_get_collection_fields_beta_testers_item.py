from ..types import OpenStrEnum


class BetaTestersGetCollectionFieldsBetaTestersItem(OpenStrEnum):
    APPDEVICES = "appDevices"
    APPS = "apps"
    BETAGROUPS = "betaGroups"
    BUILDS = "builds"
    EMAIL = "email"
    FIRSTNAME = "firstName"
    INVITETYPE = "inviteType"
    LASTNAME = "lastName"
    STATE = "state"
