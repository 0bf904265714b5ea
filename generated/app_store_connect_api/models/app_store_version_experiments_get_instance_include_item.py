from ..types import OpenStrEnum


class AppStoreVersionExperimentsGetInstanceIncludeItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    APPSTOREVERSIONEXPERIMENTTREATMENTS = "appStoreVersionExperimentTreatments"
