from ..types import OpenStrEnum


class AppsGetCollectionFieldsGameCenterEnabledVersionsItem(OpenStrEnum):
    APP = "app"
    COMPATIBLEVERSIONS = "compatibleVersions"
    ICONASSET = "iconAsset"
    PLATFORM = "platform"
    VERSIONSTRING = "versionString"
