from ..types import OpenStrEnum


class BetaTestersGetCollectionIncludeItem(OpenStrEnum):
    APPS = "apps"
    BETAGROUPS = "betaGroups"
    BUILDS = "builds"
