from ..types import OpenStrEnum


class AppsPreReleaseVersionsGetToManyRelatedFieldsPreReleaseVersionsItem(OpenStrEnum):
    APP = "app"
    BUILDS = "builds"
    PLATFORM = "platform"
    VERSION = "version"
