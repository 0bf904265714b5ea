from ..types import OpenStrEnum


class AppStoreVersionExperimentsV2GetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    APPSTOREVERSIONEXPERIMENTTREATMENTS = "appStoreVersionExperimentTreatments"
    CONTROLVERSIONS = "controlVersions"
    LATESTCONTROLVERSION = "latestControlVersion"
