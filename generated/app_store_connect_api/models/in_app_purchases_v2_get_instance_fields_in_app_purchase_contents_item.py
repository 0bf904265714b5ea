from ..types import OpenStrEnum


class InAppPurchasesV2GetInstanceFieldsInAppPurchaseContentsItem(OpenStrEnum):
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    LASTMODIFIEDDATE = "lastModifiedDate"
    URL = "url"
