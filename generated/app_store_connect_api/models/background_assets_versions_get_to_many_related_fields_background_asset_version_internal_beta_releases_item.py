from ..types import OpenStrEnum


class BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionInternalBetaReleasesItem(
    OpenStrEnum
):
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
    STATE = "state"
