from ..types import OpenStrEnum


class GameCenterDetailsGameCenterAppVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    COMPATIBILITYVERSIONS = "compatibilityVersions"
