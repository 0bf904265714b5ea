from ..types import OpenStrEnum


class AppsGetCollectionFieldsPreReleaseVersionsItem(OpenStrEnum):
    APP = "app"
    BUILDS = "builds"
    PLATFORM = "platform"
    VERSION = "version"
