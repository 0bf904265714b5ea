"""Sales, finance and analytics reports as streamed rows (quirks Q10-Q13)."""

from __future__ import annotations

from ._decode import ReportDecoder, Row
from ._errors import AnalyticsRequestError, ChecksumMismatchError, ReportArgumentError, ReportFormatError
from ._merge import merge_instances
from ._sales import (
    FinanceReportQuery,
    FinanceReportType,
    Frequency,
    SalesReportQuery,
    SalesReportSubType,
    SalesReportType,
    finance_report_query,
    sales_report_query,
)

__all__ = [
    "AnalyticsRequestError",
    "ChecksumMismatchError",
    "FinanceReportQuery",
    "FinanceReportType",
    "Frequency",
    "ReportArgumentError",
    "ReportDecoder",
    "ReportFormatError",
    "Row",
    "SalesReportQuery",
    "SalesReportSubType",
    "SalesReportType",
    "finance_report_query",
    "merge_instances",
    "sales_report_query",
]
