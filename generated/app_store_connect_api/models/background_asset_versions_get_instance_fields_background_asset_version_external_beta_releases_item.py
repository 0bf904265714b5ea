from ..types import OpenStrEnum


class BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionExternalBetaReleasesItem(OpenStrEnum):
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
    STATE = "state"
