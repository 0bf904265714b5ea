from ..types import OpenStrEnum


class BackgroundAssetVersionAppStoreReleasesGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem(
    OpenStrEnum
):
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
    STATE = "state"
