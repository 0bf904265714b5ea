from ..types import OpenStrEnum


class BuildsGetInstanceFieldsPreReleaseVersionsItem(OpenStrEnum):
    APP = "app"
    BUILDS = "builds"
    PLATFORM = "platform"
    VERSION = "version"
