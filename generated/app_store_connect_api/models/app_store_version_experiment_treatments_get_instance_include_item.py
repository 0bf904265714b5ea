from ..types import OpenStrEnum


class AppStoreVersionExperimentTreatmentsGetInstanceIncludeItem(OpenStrEnum):
    APPSTOREVERSIONEXPERIMENT = "appStoreVersionExperiment"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATIONS = "appStoreVersionExperimentTreatmentLocalizations"
    APPSTOREVERSIONEXPERIMENTV2 = "appStoreVersionExperimentV2"
