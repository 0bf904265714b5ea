from ..types import OpenStrEnum


class UsersGetCollectionFieldsUsersItem(OpenStrEnum):
    ALLAPPSVISIBLE = "allAppsVisible"
    FIRSTNAME = "firstName"
    LASTNAME = "lastName"
    PROVISIONINGALLOWED = "provisioningAllowed"
    ROLES = "roles"
    USERNAME = "username"
    VISIBLEAPPS = "visibleApps"
