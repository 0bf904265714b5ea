from ..types import OpenStrEnum


class AppsGetCollectionFieldsBuildIconsItem(OpenStrEnum):
    ICONASSET = "iconAsset"
    ICONTYPE = "iconType"
    MASKED = "masked"
    NAME = "name"
