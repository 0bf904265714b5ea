from ..types import OpenStrEnum


class UserInvitationsGetCollectionIncludeItem(OpenStrEnum):
    VISIBLEAPPS = "visibleApps"
