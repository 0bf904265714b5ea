from ..types import OpenStrEnum


class BuildBetaDetailsBuildGetToOneRelatedFieldsPreReleaseVersionsItem(OpenStrEnum):
    APP = "app"
    BUILDS = "builds"
    PLATFORM = "platform"
    VERSION = "version"
