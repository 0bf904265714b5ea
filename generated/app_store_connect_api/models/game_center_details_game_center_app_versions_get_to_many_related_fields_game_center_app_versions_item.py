from ..types import OpenStrEnum


class GameCenterDetailsGameCenterAppVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    COMPATIBILITYVERSIONS = "compatibilityVersions"
    ENABLED = "enabled"
