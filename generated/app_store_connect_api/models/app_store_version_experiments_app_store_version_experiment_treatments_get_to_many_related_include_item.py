from ..types import OpenStrEnum


class AppStoreVersionExperimentsAppStoreVersionExperimentTreatmentsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPSTOREVERSIONEXPERIMENT = "appStoreVersionExperiment"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATIONS = "appStoreVersionExperimentTreatmentLocalizations"
    APPSTOREVERSIONEXPERIMENTV2 = "appStoreVersionExperimentV2"
