from ..types import OpenStrEnum


class BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionExternalBetaReleasesItem(
    OpenStrEnum
):
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
    STATE = "state"
