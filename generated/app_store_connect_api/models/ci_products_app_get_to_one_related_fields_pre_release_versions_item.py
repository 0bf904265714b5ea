from ..types import OpenStrEnum


class CiProductsAppGetToOneRelatedFieldsPreReleaseVersionsItem(OpenStrEnum):
    APP = "app"
    BUILDS = "builds"
    PLATFORM = "platform"
    VERSION = "version"
