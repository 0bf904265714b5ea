from ..types import OpenStrEnum


class GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    COMPATIBILITYVERSIONS = "compatibilityVersions"
    ENABLED = "enabled"
