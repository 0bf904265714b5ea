from ..types import OpenStrEnum


class GameCenterAppVersionsAppStoreVersionGetToOneRelatedFieldsGameCenterAppVersionsItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    COMPATIBILITYVERSIONS = "compatibilityVersions"
    ENABLED = "enabled"
