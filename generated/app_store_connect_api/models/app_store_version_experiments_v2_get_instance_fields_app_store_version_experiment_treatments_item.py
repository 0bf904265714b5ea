from ..types import OpenStrEnum


class AppStoreVersionExperimentsV2GetInstanceFieldsAppStoreVersionExperimentTreatmentsItem(OpenStrEnum):
    APPICON = "appIcon"
    APPICONNAME = "appIconName"
    APPSTOREVERSIONEXPERIMENT = "appStoreVersionExperiment"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATIONS = "appStoreVersionExperimentTreatmentLocalizations"
    APPSTOREVERSIONEXPERIMENTV2 = "appStoreVersionExperimentV2"
    NAME = "name"
    PROMOTEDDATE = "promotedDate"
