from ..types import OpenStrEnum


class AppsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    APPSTOREVERSIONEXPERIMENTTREATMENTS = "appStoreVersionExperimentTreatments"
    CONTROLVERSIONS = "controlVersions"
    LATESTCONTROLVERSION = "latestControlVersion"
