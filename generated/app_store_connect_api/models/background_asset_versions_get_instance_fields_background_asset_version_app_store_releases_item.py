from ..types import OpenStrEnum


class BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem(OpenStrEnum):
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
    STATE = "state"
