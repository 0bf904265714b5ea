from ..types import OpenStrEnum


class GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAppVersionsItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    COMPATIBILITYVERSIONS = "compatibilityVersions"
    ENABLED = "enabled"
