from ..types import OpenStrEnum


class UsersGetInstanceIncludeItem(OpenStrEnum):
    VISIBLEAPPS = "visibleApps"
