from ..types import OpenStrEnum


class AppStoreVersionExperimentTreatmentLocalizationsAppScreenshotSetsGetToManyRelatedIncludeItem(
    OpenStrEnum
):
    APPCUSTOMPRODUCTPAGELOCALIZATION = "appCustomProductPageLocalization"
    APPSCREENSHOTS = "appScreenshots"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATION = "appStoreVersionExperimentTreatmentLocalization"
    APPSTOREVERSIONLOCALIZATION = "appStoreVersionLocalization"
