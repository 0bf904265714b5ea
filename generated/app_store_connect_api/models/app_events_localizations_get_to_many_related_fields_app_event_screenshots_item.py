from ..types import OpenStrEnum


class AppEventsLocalizationsGetToManyRelatedFieldsAppEventScreenshotsItem(OpenStrEnum):
    APPEVENTASSETTYPE = "appEventAssetType"
    APPEVENTLOCALIZATION = "appEventLocalization"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
