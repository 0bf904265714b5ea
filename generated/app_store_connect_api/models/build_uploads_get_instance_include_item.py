from ..types import OpenStrEnum


class BuildUploadsGetInstanceIncludeItem(OpenStrEnum):
    ASSETDESCRIPTIONFILE = "assetDescriptionFile"
    ASSETFILE = "assetFile"
    ASSETSPIFILE = "assetSpiFile"
    BUILD = "build"
