from ..types import OpenStrEnum


class GameCenterAppVersionsGetInstanceFieldsGameCenterAppVersionsItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    COMPATIBILITYVERSIONS = "compatibilityVersions"
    ENABLED = "enabled"
