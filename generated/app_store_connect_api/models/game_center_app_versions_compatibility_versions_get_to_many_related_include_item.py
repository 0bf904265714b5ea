from ..types import OpenStrEnum


class GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    COMPATIBILITYVERSIONS = "compatibilityVersions"
