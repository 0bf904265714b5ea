from ..types import OpenStrEnum


class AppsBackgroundAssetsGetToManyRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    APPSTOREVERSION = "appStoreVersion"
    EXTERNALBETAVERSION = "externalBetaVersion"
    INTERNALBETAVERSION = "internalBetaVersion"
