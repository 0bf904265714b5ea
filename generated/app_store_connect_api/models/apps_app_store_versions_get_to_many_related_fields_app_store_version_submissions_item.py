from ..types import OpenStrEnum


class AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionSubmissionsItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
