from ..types import OpenStrEnum


class AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPSTOREVERSIONEXPERIMENT = "appStoreVersionExperiment"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATIONS = "appStoreVersionExperimentTreatmentLocalizations"
    APPSTOREVERSIONEXPERIMENTV2 = "appStoreVersionExperimentV2"
