from ..types import OpenStrEnum


class AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoryAgeRatingsItem(OpenStrEnum):
    APPSTOREAGERATING = "appStoreAgeRating"
    TERRITORY = "territory"
