from ..types import OpenStrEnum


class AppStoreVersionsGameCenterAppVersionGetToOneRelatedIncludeItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    COMPATIBILITYVERSIONS = "compatibilityVersions"
