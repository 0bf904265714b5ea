from ..types import OpenStrEnum


class AppEventVideoClipsGetInstanceFieldsAppEventVideoClipsItem(OpenStrEnum):
    APPEVENTASSETTYPE = "appEventAssetType"
    APPEVENTLOCALIZATION = "appEventLocalization"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    PREVIEWFRAMEIMAGE = "previewFrameImage"
    PREVIEWFRAMETIMECODE = "previewFrameTimeCode"
    PREVIEWIMAGE = "previewImage"
    UPLOADOPERATIONS = "uploadOperations"
    VIDEODELIVERYSTATE = "videoDeliveryState"
    VIDEOURL = "videoUrl"
