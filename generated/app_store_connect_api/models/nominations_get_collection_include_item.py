from ..types import OpenStrEnum


class NominationsGetCollectionIncludeItem(OpenStrEnum):
    CREATEDBYACTOR = "createdByActor"
    INAPPEVENTS = "inAppEvents"
    LASTMODIFIEDBYACTOR = "lastModifiedByActor"
    RELATEDAPPS = "relatedApps"
    SUBMITTEDBYACTOR = "submittedByActor"
    SUPPORTEDTERRITORIES = "supportedTerritories"
