from ..types import OpenStrEnum


class BuildsGetCollectionFilterBuildAudienceTypeItem(OpenStrEnum):
    APP_STORE_ELIGIBLE = "APP_STORE_ELIGIBLE"
    INTERNAL_ONLY = "INTERNAL_ONLY"
