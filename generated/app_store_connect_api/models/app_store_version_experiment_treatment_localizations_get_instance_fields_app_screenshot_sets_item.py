from ..types import OpenStrEnum


class AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppScreenshotSetsItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGELOCALIZATION = "appCustomProductPageLocalization"
    APPSCREENSHOTS = "appScreenshots"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATION = "appStoreVersionExperimentTreatmentLocalization"
    APPSTOREVERSIONLOCALIZATION = "appStoreVersionLocalization"
    SCREENSHOTDISPLAYTYPE = "screenshotDisplayType"
