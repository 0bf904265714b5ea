from ..types import OpenStrEnum


class PreReleaseVersionsGetInstanceFieldsPreReleaseVersionsItem(OpenStrEnum):
    APP = "app"
    BUILDS = "builds"
    PLATFORM = "platform"
    VERSION = "version"
