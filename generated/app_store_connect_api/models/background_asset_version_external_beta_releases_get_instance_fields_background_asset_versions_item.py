from ..types import OpenStrEnum


class BackgroundAssetVersionExternalBetaReleasesGetInstanceFieldsBackgroundAssetVersionsItem(OpenStrEnum):
    APPSTORERELEASE = "appStoreRelease"
    ASSETFILE = "assetFile"
    BACKGROUNDASSET = "backgroundAsset"
    BACKGROUNDASSETUPLOADFILES = "backgroundAssetUploadFiles"
    CREATEDDATE = "createdDate"
    EXTERNALBETARELEASE = "externalBetaRelease"
    INTERNALBETARELEASE = "internalBetaRelease"
    LOCALE = "locale"
    MANIFESTFILE = "manifestFile"
    PLATFORMS = "platforms"
    STATE = "state"
    STATEDETAILS = "stateDetails"
    VERSION = "version"
