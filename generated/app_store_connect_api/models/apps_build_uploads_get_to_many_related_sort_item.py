from ..types import OpenStrEnum


class AppsBuildUploadsGetToManyRelatedSortItem(OpenStrEnum):
    CFBUNDLEVERSION = "cfBundleVersion"
    UPLOADEDDATE = "uploadedDate"
    VALUE_1 = "-cfBundleVersion"
    VALUE_3 = "-uploadedDate"
