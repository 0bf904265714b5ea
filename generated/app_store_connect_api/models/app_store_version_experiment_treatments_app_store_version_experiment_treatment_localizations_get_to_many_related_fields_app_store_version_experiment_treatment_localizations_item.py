from ..types import OpenStrEnum


class AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem(
    OpenStrEnum
):
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    APPSTOREVERSIONEXPERIMENTTREATMENT = "appStoreVersionExperimentTreatment"
    LOCALE = "locale"
