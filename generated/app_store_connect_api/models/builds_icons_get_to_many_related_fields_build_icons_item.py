from ..types import OpenStrEnum


class BuildsIconsGetToManyRelatedFieldsBuildIconsItem(OpenStrEnum):
    ICONASSET = "iconAsset"
    ICONTYPE = "iconType"
    MASKED = "masked"
    NAME = "name"
