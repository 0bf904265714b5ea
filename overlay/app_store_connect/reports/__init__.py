"""Sales, finance and analytics reports as streamed rows (quirks Q10-Q13).

Sales and finance: `with sales_report(asc, vendor_number=..., report_type="SALES", report_date=day)
as report: for row in report: ...` (or `report.save_to(path)`). Analytics:
`ensure_report_request` -> `analytics_reports` -> `analytics_rows` (merged per Q11), or walk
instances and segments yourself. Every function has an `async_` twin for `AsyncAppStoreConnect`.
"""

from __future__ import annotations

from ._analytics import (
    analytics_instances,
    analytics_reports,
    analytics_rows,
    analytics_segments,
    async_analytics_instances,
    async_analytics_reports,
    async_analytics_rows,
    async_analytics_segments,
    async_ensure_report_request,
    async_segment_report,
    ensure_report_request,
    segment_report,
)
from ._analytics_types import (
    AccessType,
    AnalyticsReport,
    AnalyticsReportInstance,
    AnalyticsReportRequest,
    AnalyticsReportSegment,
    Granularity,
    ReportCategory,
)
from ._decode import ReportDecoder, Row
from ._download import Progress
from ._errors import (
    AnalyticsRequestError,
    ChecksumMismatchError,
    ReportArgumentError,
    ReportConsumedError,
    ReportFormatError,
)
from ._fetch import async_finance_report, async_sales_report, finance_report, sales_report
from ._merge import InstanceMerger, merge_instances
from ._report import AsyncReport, Report, is_no_sales
from ._sales import (
    FinanceReportArguments,
    FinanceReportQuery,
    FinanceReportType,
    Frequency,
    SalesReportArguments,
    SalesReportQuery,
    SalesReportSubType,
    SalesReportType,
    finance_report_query,
    sales_report_query,
)

__all__ = [
    "AccessType",
    "AnalyticsReport",
    "AnalyticsReportInstance",
    "AnalyticsReportRequest",
    "AnalyticsReportSegment",
    "AnalyticsRequestError",
    "AsyncReport",
    "ChecksumMismatchError",
    "FinanceReportArguments",
    "FinanceReportQuery",
    "FinanceReportType",
    "Frequency",
    "Granularity",
    "InstanceMerger",
    "Progress",
    "Report",
    "ReportArgumentError",
    "ReportCategory",
    "ReportConsumedError",
    "ReportDecoder",
    "ReportFormatError",
    "Row",
    "SalesReportArguments",
    "SalesReportQuery",
    "SalesReportSubType",
    "SalesReportType",
    "analytics_instances",
    "analytics_reports",
    "analytics_rows",
    "analytics_segments",
    "async_analytics_instances",
    "async_analytics_reports",
    "async_analytics_rows",
    "async_analytics_segments",
    "async_ensure_report_request",
    "async_finance_report",
    "async_sales_report",
    "async_segment_report",
    "ensure_report_request",
    "finance_report",
    "finance_report_query",
    "is_no_sales",
    "merge_instances",
    "sales_report",
    "sales_report_query",
    "segment_report",
]
