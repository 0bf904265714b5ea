from ..types import OpenStrEnum


class BackgroundAssetVersionAppStoreReleasesGetInstanceIncludeItem(OpenStrEnum):
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
