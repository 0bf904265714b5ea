from ..types import OpenStrEnum


class BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetsItem(OpenStrEnum):
    APP = "app"
    APPSTOREVERSION = "appStoreVersion"
    ARCHIVED = "archived"
    ASSETPACKIDENTIFIER = "assetPackIdentifier"
    CREATEDDATE = "createdDate"
    EXTERNALBETAVERSION = "externalBetaVersion"
    INTERNALBETAVERSION = "internalBetaVersion"
    USEDBYTES = "usedBytes"
    VERSIONS = "versions"
