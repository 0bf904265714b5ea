from ..types import OpenStrEnum


class SalesReportsGetCollectionFilterReportSubTypeItem(OpenStrEnum):
    DETAILED = "DETAILED"
    SUMMARY = "SUMMARY"
    SUMMARY_CHANNEL = "SUMMARY_CHANNEL"
    SUMMARY_INSTALL_TYPE = "SUMMARY_INSTALL_TYPE"
    SUMMARY_TERRITORY = "SUMMARY_TERRITORY"
