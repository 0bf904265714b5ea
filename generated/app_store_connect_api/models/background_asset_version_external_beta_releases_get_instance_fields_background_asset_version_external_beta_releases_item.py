from ..types import OpenStrEnum


class BackgroundAssetVersionExternalBetaReleasesGetInstanceFieldsBackgroundAssetVersionExternalBetaReleasesItem(
    OpenStrEnum
):
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
    STATE = "state"
