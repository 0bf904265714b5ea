from ..types import OpenStrEnum


class BackgroundAssetVersionInternalBetaReleasesGetInstanceIncludeItem(OpenStrEnum):
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
