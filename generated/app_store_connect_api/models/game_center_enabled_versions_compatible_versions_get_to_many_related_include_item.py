from ..types import OpenStrEnum


class GameCenterEnabledVersionsCompatibleVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    COMPATIBLEVERSIONS = "compatibleVersions"
