from ..types import OpenStrEnum


class AppEventLocalizationsAppEventScreenshotsGetToManyRelatedFieldsAppEventScreenshotsItem(OpenStrEnum):
    APPEVENTASSETTYPE = "appEventAssetType"
    APPEVENTLOCALIZATION = "appEventLocalization"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
