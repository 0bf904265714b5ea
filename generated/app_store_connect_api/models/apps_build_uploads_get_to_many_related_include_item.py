from ..types import OpenStrEnum


class AppsBuildUploadsGetToManyRelatedIncludeItem(OpenStrEnum):
    ASSETDESCRIPTIONFILE = "assetDescriptionFile"
    ASSETFILE = "assetFile"
    ASSETSPIFILE = "assetSpiFile"
    BUILD = "build"
