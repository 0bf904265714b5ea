from ..types import OpenStrEnum


class AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem(
    OpenStrEnum
):
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    APPSTOREVERSIONEXPERIMENTTREATMENT = "appStoreVersionExperimentTreatment"
    LOCALE = "locale"
