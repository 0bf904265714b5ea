from ..types import OpenStrEnum


class AppsAppAvailabilityV2GetToOneRelatedFieldsTerritoryAvailabilitiesItem(OpenStrEnum):
    AVAILABLE = "available"
    CONTENTSTATUSES = "contentStatuses"
    PREORDERENABLED = "preOrderEnabled"
    PREORDERPUBLISHDATE = "preOrderPublishDate"
    RELEASEDATE = "releaseDate"
    TERRITORY = "territory"
