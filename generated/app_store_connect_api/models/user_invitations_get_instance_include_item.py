from ..types import OpenStrEnum


class UserInvitationsGetInstanceIncludeItem(OpenStrEnum):
    VISIBLEAPPS = "visibleApps"
