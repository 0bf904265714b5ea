from ..types import OpenStrEnum


class AppsGetCollectionFieldsAppStoreVersionExperimentsItem(OpenStrEnum):
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
