from ..types import OpenStrEnum


class RoutingAppCoveragesGetInstanceIncludeItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
