from ..types import OpenStrEnum


class AnalyticsReportInstancesSegmentsGetToManyRelatedFieldsAnalyticsReportSegmentsItem(OpenStrEnum):
    CHECKSUM = "checksum"
    SIZEINBYTES = "sizeInBytes"
    URL = "url"
