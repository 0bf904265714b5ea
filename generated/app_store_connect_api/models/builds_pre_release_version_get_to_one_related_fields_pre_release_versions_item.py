from ..types import OpenStrEnum


class BuildsPreReleaseVersionGetToOneRelatedFieldsPreReleaseVersionsItem(OpenStrEnum):
    APP = "app"
    BUILDS = "builds"
    PLATFORM = "platform"
    VERSION = "version"
