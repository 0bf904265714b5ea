from ..types import OpenStrEnum


class GameCenterEnabledVersionsCompatibleVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem(
    OpenStrEnum
):
    APP = "app"
    COMPATIBLEVERSIONS = "compatibleVersions"
    ICONASSET = "iconAsset"
    PLATFORM = "platform"
    VERSIONSTRING = "versionString"
