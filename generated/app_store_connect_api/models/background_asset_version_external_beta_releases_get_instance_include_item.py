from ..types import OpenStrEnum


class BackgroundAssetVersionExternalBetaReleasesGetInstanceIncludeItem(OpenStrEnum):
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
