from ..types import OpenStrEnum


class AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem(
    OpenStrEnum
):
    APPSTOREVERSION = "appStoreVersion"
    APPSTOREVERSIONEXPERIMENTTREATMENTS = "appStoreVersionExperimentTreatments"
    ENDDATE = "endDate"
    NAME = "name"
    REVIEWREQUIRED = "reviewRequired"
    STARTDATE = "startDate"
    STATE = "state"
    TRAFFICPROPORTION = "trafficProportion"
