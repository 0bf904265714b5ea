from ..types import OpenStrEnum


class BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionInternalBetaReleasesItem(OpenStrEnum):
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
    STATE = "state"
