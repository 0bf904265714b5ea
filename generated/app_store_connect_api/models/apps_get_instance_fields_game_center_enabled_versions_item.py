from ..types import OpenStrEnum


class AppsGetInstanceFieldsGameCenterEnabledVersionsItem(OpenStrEnum):
    APP = "app"
    COMPATIBLEVERSIONS = "compatibleVersions"
    ICONASSET = "iconAsset"
    PLATFORM = "platform"
    VERSIONSTRING = "versionString"
