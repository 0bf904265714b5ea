from ..types import OpenStrEnum


class BuildBetaDetailsGetInstanceIncludeItem(OpenStrEnum):
    BUILD = "build"
