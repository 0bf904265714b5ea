from ..types import OpenStrEnum


class AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseContentsItem(OpenStrEnum):
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    LASTMODIFIEDDATE = "lastModifiedDate"
    URL = "url"
