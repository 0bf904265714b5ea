from ..types import OpenStrEnum


class AppClipDefaultExperiencesReleaseWithAppStoreVersionGetToOneRelatedFieldsAppStoreVersionExperimentsItem(
    OpenStrEnum
):
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
