from ..types import OpenStrEnum


class InAppPurchaseContentsGetInstanceFieldsInAppPurchaseContentsItem(OpenStrEnum):
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    LASTMODIFIEDDATE = "lastModifiedDate"
    URL = "url"
