from ..types import OpenStrEnum


class BackgroundAssetVersionInternalBetaReleasesGetInstanceFieldsBackgroundAssetVersionInternalBetaReleasesItem(
    OpenStrEnum
):
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
    STATE = "state"
