from ..types import OpenStrEnum


class CiProductsAppGetToOneRelatedFieldsGameCenterEnabledVersionsItem(OpenStrEnum):
    APP = "app"
    COMPATIBLEVERSIONS = "compatibleVersions"
    ICONASSET = "iconAsset"
    PLATFORM = "platform"
    VERSIONSTRING = "versionString"
