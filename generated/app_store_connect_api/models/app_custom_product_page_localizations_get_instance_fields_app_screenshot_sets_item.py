from ..types import OpenStrEnum


class AppCustomProductPageLocalizationsGetInstanceFieldsAppScreenshotSetsItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGELOCALIZATION = "appCustomProductPageLocalization"
    APPSCREENSHOTS = "appScreenshots"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATION = "appStoreVersionExperimentTreatmentLocalization"
    APPSTOREVERSIONLOCALIZATION = "appStoreVersionLocalization"
    SCREENSHOTDISPLAYTYPE = "screenshotDisplayType"
