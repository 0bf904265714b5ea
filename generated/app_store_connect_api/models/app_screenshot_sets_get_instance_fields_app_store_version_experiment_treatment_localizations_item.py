from ..types import OpenStrEnum


class AppScreenshotSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem(OpenStrEnum):
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    APPSTOREVERSIONEXPERIMENTTREATMENT = "appStoreVersionExperimentTreatment"
    LOCALE = "locale"
