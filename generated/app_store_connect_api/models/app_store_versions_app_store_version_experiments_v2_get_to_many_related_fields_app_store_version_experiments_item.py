from ..types import OpenStrEnum


class AppStoreVersionsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentsItem(
    OpenStrEnum
):
    APP = "app"
    APPSTOREVERSIONEXPERIMENTTREATMENTS = "appStoreVersionExperimentTreatments"
    CONTROLVERSIONS = "controlVersions"
    ENDDATE = "endDate"
    LATESTCONTROLVERSION = "latestControlVersion"
    NAME = "name"
    PLATFORM = "platform"
    REVIEWREQUIRED = "reviewRequired"
    STARTDATE = "startDate"
    STATE = "state"
    TRAFFICPROPORTION = "trafficProportion"
