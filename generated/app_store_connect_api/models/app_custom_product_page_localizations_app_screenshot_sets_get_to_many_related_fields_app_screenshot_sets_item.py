from ..types import OpenStrEnum


class AppCustomProductPageLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotSetsItem(
    OpenStrEnum
):
    APPCUSTOMPRODUCTPAGELOCALIZATION = "appCustomProductPageLocalization"
    APPSCREENSHOTS = "appScreenshots"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATION = "appStoreVersionExperimentTreatmentLocalization"
    APPSTOREVERSIONLOCALIZATION = "appStoreVersionLocalization"
    SCREENSHOTDISPLAYTYPE = "screenshotDisplayType"
