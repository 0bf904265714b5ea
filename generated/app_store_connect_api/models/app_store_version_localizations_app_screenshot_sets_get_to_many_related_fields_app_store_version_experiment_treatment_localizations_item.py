from ..types import OpenStrEnum


class AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem(
    OpenStrEnum
):
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    APPSTOREVERSIONEXPERIMENTTREATMENT = "appStoreVersionExperimentTreatment"
    LOCALE = "locale"
