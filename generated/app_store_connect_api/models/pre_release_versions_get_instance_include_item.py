from ..types import OpenStrEnum


class PreReleaseVersionsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    BUILDS = "builds"
