from ..types import OpenStrEnum


class AppStoreVersionExperimentTreatmentLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem(
    OpenStrEnum
):
    APPCUSTOMPRODUCTPAGELOCALIZATION = "appCustomProductPageLocalization"
    APPPREVIEWS = "appPreviews"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATION = "appStoreVersionExperimentTreatmentLocalization"
    APPSTOREVERSIONLOCALIZATION = "appStoreVersionLocalization"
    PREVIEWTYPE = "previewType"
