from ..types import OpenStrEnum


class BackgroundAssetUploadFileCreateRequestDataAttributesAssetType(OpenStrEnum):
    ASSET = "ASSET"
    MANIFEST = "MANIFEST"
