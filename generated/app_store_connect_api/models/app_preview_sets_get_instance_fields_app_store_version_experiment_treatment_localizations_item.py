from ..types import OpenStrEnum


class AppPreviewSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem(OpenStrEnum):
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    APPSTOREVERSIONEXPERIMENTTREATMENT = "appStoreVersionExperimentTreatment"
    LOCALE = "locale"
