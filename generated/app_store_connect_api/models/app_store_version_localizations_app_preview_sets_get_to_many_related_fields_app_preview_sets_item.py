from ..types import OpenStrEnum


class AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGELOCALIZATION = "appCustomProductPageLocalization"
    APPPREVIEWS = "appPreviews"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATION = "appStoreVersionExperimentTreatmentLocalization"
    APPSTOREVERSIONLOCALIZATION = "appStoreVersionLocalization"
    PREVIEWTYPE = "previewType"
