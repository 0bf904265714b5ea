from ..types import OpenStrEnum


class AppStoreVersionExperimentTreatmentLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    APPSTOREVERSIONEXPERIMENTTREATMENT = "appStoreVersionExperimentTreatment"
