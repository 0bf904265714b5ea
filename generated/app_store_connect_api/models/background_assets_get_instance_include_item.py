from ..types import OpenStrEnum


class BackgroundAssetsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    APPSTOREVERSION = "appStoreVersion"
    EXTERNALBETAVERSION = "externalBetaVersion"
    INTERNALBETAVERSION = "internalBetaVersion"
