from ..types import OpenStrEnum


class PreReleaseVersionsGetCollectionIncludeItem(OpenStrEnum):
    APP = "app"
    BUILDS = "builds"
