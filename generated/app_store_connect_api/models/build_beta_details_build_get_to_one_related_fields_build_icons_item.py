from ..types import OpenStrEnum


class BuildBetaDetailsBuildGetToOneRelatedFieldsBuildIconsItem(OpenStrEnum):
    ICONASSET = "iconAsset"
    ICONTYPE = "iconType"
    MASKED = "masked"
    NAME = "name"
