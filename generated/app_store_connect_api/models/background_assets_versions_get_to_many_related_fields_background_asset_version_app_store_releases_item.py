from ..types import OpenStrEnum


class BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionAppStoreReleasesItem(OpenStrEnum):
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
    STATE = "state"
