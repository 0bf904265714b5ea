from ..types import OpenStrEnum


class BuildsGetCollectionFieldsBuildIconsItem(OpenStrEnum):
    ICONASSET = "iconAsset"
    ICONTYPE = "iconType"
    MASKED = "masked"
    NAME = "name"
