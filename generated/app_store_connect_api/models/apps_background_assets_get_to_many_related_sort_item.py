from ..types import OpenStrEnum


class AppsBackgroundAssetsGetToManyRelatedSortItem(OpenStrEnum):
    ASSETPACKIDENTIFIER = "assetPackIdentifier"
    CREATEDDATE = "createdDate"
    VALUE_1 = "-assetPackIdentifier"
    VALUE_3 = "-createdDate"
