from ..types import OpenStrEnum


class GameCenterAppVersionsAppStoreVersionGetToOneRelatedFieldsAppStoreVersionSubmissionsItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
