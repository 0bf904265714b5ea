from ..types import OpenStrEnum


class AppPreviewsGetInstanceFieldsAppPreviewSetsItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGELOCALIZATION = "appCustomProductPageLocalization"
    APPPREVIEWS = "appPreviews"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATION = "appStoreVersionExperimentTreatmentLocalization"
    APPSTOREVERSIONLOCALIZATION = "appStoreVersionLocalization"
    PREVIEWTYPE = "previewType"
