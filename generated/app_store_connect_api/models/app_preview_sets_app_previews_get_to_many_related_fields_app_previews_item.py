from ..types import OpenStrEnum


class AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewsItem(OpenStrEnum):
    APPPREVIEWSET = "appPreviewSet"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    MIMETYPE = "mimeType"
    PREVIEWFRAMEIMAGE = "previewFrameImage"
    PREVIEWFRAMETIMECODE = "previewFrameTimeCode"
    PREVIEWIMAGE = "previewImage"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
    VIDEODELIVERYSTATE = "videoDeliveryState"
    VIDEOURL = "videoUrl"
