from ..types import OpenStrEnum


class AppsGameCenterEnabledVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    COMPATIBLEVERSIONS = "compatibleVersions"
