from ..types import OpenStrEnum


class CiBuildRunsBuildsGetToManyRelatedSortItem(OpenStrEnum):
    PRERELEASEVERSION = "preReleaseVersion"
    UPLOADEDDATE = "uploadedDate"
    VALUE_1 = "-version"
    VALUE_3 = "-uploadedDate"
    VALUE_5 = "-preReleaseVersion"
    VERSION = "version"
