from ..types import OpenStrEnum


class CiProductsAppGetToOneRelatedFieldsBuildIconsItem(OpenStrEnum):
    ICONASSET = "iconAsset"
    ICONTYPE = "iconType"
    MASKED = "masked"
    NAME = "name"
