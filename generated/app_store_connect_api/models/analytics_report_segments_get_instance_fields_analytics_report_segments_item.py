from ..types import OpenStrEnum


class AnalyticsReportSegmentsGetInstanceFieldsAnalyticsReportSegmentsItem(OpenStrEnum):
    CHECKSUM = "checksum"
    SIZEINBYTES = "sizeInBytes"
    URL = "url"
