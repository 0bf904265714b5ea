from ..types import OpenStrEnum


class BuildsAppStoreVersionGetToOneRelatedFieldsAppStoreVersionExperimentsItem(OpenStrEnum):
    APP = "app"
    APPSTOREVERSION = "appStoreVersion"
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
