from ..types import OpenStrEnum


class AppsGameCenterEnabledVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem(OpenStrEnum):
    APP = "app"
    COMPATIBLEVERSIONS = "compatibleVersions"
    ICONASSET = "iconAsset"
    PLATFORM = "platform"
    VERSIONSTRING = "versionString"
