from ..types import OpenStrEnum


class GameCenterAppVersionsGetInstanceIncludeItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    COMPATIBILITYVERSIONS = "compatibilityVersions"
