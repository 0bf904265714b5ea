from ..types import OpenStrEnum


class BuildUploadFileAttributesAssetType(OpenStrEnum):
    ASSET = "ASSET"
    ASSET_DESCRIPTION = "ASSET_DESCRIPTION"
    ASSET_SPI = "ASSET_SPI"
