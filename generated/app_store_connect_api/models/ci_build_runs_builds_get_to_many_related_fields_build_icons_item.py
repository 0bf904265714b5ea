from ..types import OpenStrEnum


class CiBuildRunsBuildsGetToManyRelatedFieldsBuildIconsItem(OpenStrEnum):
    ICONASSET = "iconAsset"
    ICONTYPE = "iconType"
    MASKED = "masked"
    NAME = "name"
