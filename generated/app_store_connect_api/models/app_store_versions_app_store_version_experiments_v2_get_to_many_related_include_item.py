from ..types import OpenStrEnum


class AppStoreVersionsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    APPSTOREVERSIONEXPERIMENTTREATMENTS = "appStoreVersionExperimentTreatments"
    CONTROLVERSIONS = "controlVersions"
    LATESTCONTROLVERSION = "latestControlVersion"
