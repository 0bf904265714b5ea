from ..types import OpenStrEnum


class BackgroundAssetVersionsGetInstanceIncludeItem(OpenStrEnum):
    APPSTORERELEASE = "appStoreRelease"
    ASSETFILE = "assetFile"
    BACKGROUNDASSET = "backgroundAsset"
    EXTERNALBETARELEASE = "externalBetaRelease"
    INTERNALBETARELEASE = "internalBetaRelease"
    MANIFESTFILE = "manifestFile"
