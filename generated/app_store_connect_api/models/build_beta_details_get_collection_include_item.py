from ..types import OpenStrEnum


class BuildBetaDetailsGetCollectionIncludeItem(OpenStrEnum):
    BUILD = "build"
