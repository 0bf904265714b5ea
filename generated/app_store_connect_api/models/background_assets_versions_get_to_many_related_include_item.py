from ..types import OpenStrEnum


class BackgroundAssetsVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPSTORERELEASE = "appStoreRelease"
    ASSETFILE = "assetFile"
    BACKGROUNDASSET = "backgroundAsset"
    EXTERNALBETARELEASE = "externalBetaRelease"
    INTERNALBETARELEASE = "internalBetaRelease"
    MANIFESTFILE = "manifestFile"
