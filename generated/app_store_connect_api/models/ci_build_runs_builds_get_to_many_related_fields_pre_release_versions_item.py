from ..types import OpenStrEnum


class CiBuildRunsBuildsGetToManyRelatedFieldsPreReleaseVersionsItem(OpenStrEnum):
    APP = "app"
    BUILDS = "builds"
    PLATFORM = "platform"
    VERSION = "version"
