from ..types import OpenStrEnum


class AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGELOCALIZATION = "appCustomProductPageLocalization"
    APPPREVIEWS = "appPreviews"
    APPSTOREVERSIONEXPERIMENTTREATMENTLOCALIZATION = "appStoreVersionExperimentTreatmentLocalization"
    APPSTOREVERSIONLOCALIZATION = "appStoreVersionLocalization"
