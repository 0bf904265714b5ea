from ..types import OpenStrEnum


class PreReleaseVersionsGetCollectionFieldsPreReleaseVersionsItem(OpenStrEnum):
    APP = "app"
    BUILDS = "builds"
    PLATFORM = "platform"
    VERSION = "version"
