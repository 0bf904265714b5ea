from ..types import OpenStrEnum


class AppsGetCollectionFilterReviewSubmissionsPlatformItem(OpenStrEnum):
    IOS = "IOS"
    MAC_OS = "MAC_OS"
    TV_OS = "TV_OS"
    VISION_OS = "VISION_OS"
