from ..types import OpenStrEnum


class AppStoreVersionsRoutingAppCoverageGetToOneRelatedIncludeItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
