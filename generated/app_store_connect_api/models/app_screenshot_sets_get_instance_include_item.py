from ..types import OpenStrEnum


class AppScreenshotSetsGetInstanceIncludeItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGELOCALIZATION = "appCustomProductPageLocalization"
    APPSCREENSHOTS = "appScreenshots"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATION = "appStoreVersionExperimentTreatmentLocalization"
    APPSTOREVERSIONLOCALIZATION = "appStoreVersionLocalization"
