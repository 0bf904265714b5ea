from ..types import OpenStrEnum


class AppAvailabilitiesV2TerritoryAvailabilitiesGetToManyRelatedFieldsTerritoryAvailabilitiesItem(
    OpenStrEnum
):
    AVAILABLE = "available"
    CONTENTSTATUSES = "contentStatuses"
    PREORDERENABLED = "preOrderEnabled"
    PREORDERPUBLISHDATE = "preOrderPublishDate"
    RELEASEDATE = "releaseDate"
    TERRITORY = "territory"
