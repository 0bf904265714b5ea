from ..types import OpenStrEnum


class NominationsGetInstanceFieldsAppEventsItem(OpenStrEnum):
    ARCHIVEDTERRITORYSCHEDULES = "archivedTerritorySchedules"
    BADGE = "badge"
    DEEPLINK = "deepLink"
    EVENTSTATE = "eventState"
    LOCALIZATIONS = "localizations"
    PRIMARYLOCALE = "primaryLocale"
    PRIORITY = "priority"
    PURCHASEREQUIREMENT = "purchaseRequirement"
    PURPOSE = "purpose"
    REFERENCENAME = "referenceName"
    TERRITORYSCHEDULES = "territorySchedules"
