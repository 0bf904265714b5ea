from ..types import OpenStrEnum


class BackgroundAssetUploadFileAttributesAssetType(OpenStrEnum):
    ASSET = "ASSET"
    MANIFEST = "MANIFEST"
