from ..types import OpenStrEnum


class UserInvitationsGetInstanceFieldsUserInvitationsItem(OpenStrEnum):
    ALLAPPSVISIBLE = "allAppsVisible"
    EMAIL = "email"
    EXPIRATIONDATE = "expirationDate"
    FIRSTNAME = "firstName"
    LASTNAME = "lastName"
    PROVISIONINGALLOWED = "provisioningAllowed"
    ROLES = "roles"
    VISIBLEAPPS = "visibleApps"
