from ..types import OpenStrEnum


class FinanceReportsGetCollectionFilterReportTypeItem(OpenStrEnum):
    FINANCE_DETAIL = "FINANCE_DETAIL"
    FINANCIAL = "FINANCIAL"
