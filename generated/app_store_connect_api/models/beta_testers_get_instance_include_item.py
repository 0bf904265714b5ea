from ..types import OpenStrEnum


class BetaTestersGetInstanceIncludeItem(OpenStrEnum):
    APPS = "apps"
    BETAGROUPS = "betaGroups"
    BUILDS = "builds"
