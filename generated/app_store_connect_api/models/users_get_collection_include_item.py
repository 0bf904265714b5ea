from ..types import OpenStrEnum


class UsersGetCollectionIncludeItem(OpenStrEnum):
    VISIBLEAPPS = "visibleApps"
