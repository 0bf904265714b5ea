from ..types import OpenStrEnum


class NominationsGetInstanceIncludeItem(OpenStrEnum):
    CREATEDBYACTOR = "createdByActor"
    INAPPEVENTS = "inAppEvents"
    LASTMODIFIEDBYACTOR = "lastModifiedByActor"
    RELATEDAPPS = "relatedApps"
    SUBMITTEDBYACTOR = "submittedByActor"
    SUPPORTEDTERRITORIES = "supportedTerritories"
