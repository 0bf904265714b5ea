from ..types import OpenStrEnum


class BuildsBuildBetaDetailGetToOneRelatedIncludeItem(OpenStrEnum):
    BUILD = "build"
