from ..types import OpenStrEnum


class AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    APPSTOREVERSIONEXPERIMENTTREATMENTS = "appStoreVersionExperimentTreatments"
