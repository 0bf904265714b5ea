"""Sales and finance report downloads (`GET /v1/salesReports`, `GET /v1/financeReports`), sync and async.

Each function checks its arguments when called (a bad one raises there, before any request) and
returns the context manager that downloads the report when entered.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Unpack

from .._client import AppStoreConnect, AsyncAppStoreConnect
from ._download import Download, Progress
from ._report import AsyncReport, Report, async_open_report, open_report
from ._sales import FinanceReportArguments, SalesReportArguments, finance_report_query, sales_report_query

SALES_REPORTS = "/v1/salesReports"
FINANCE_REPORTS = "/v1/financeReports"
_ACCEPT_GZIP = {"Accept": "application/a-gzip"}  # Q12: the reports' media type


def sales_report(
    asc: AppStoreConnect, *, progress: Progress | None = None, **arguments: Unpack[SalesReportArguments]
) -> AbstractContextManager[Report]:
    """Download a sales report (arguments as in `sales_report_query`) as a `Report` of streamed rows.

    `with sales_report(asc, vendor_number=..., report_type="SALES", report_date=day) as report:`
    then `for row in report` or `report.save_to(path)`. A date without sales gives an empty
    report with `report.no_sales` set (Q12); every other error is raised.
    """
    params = sales_report_query(**arguments).params()
    return open_report(
        asc, SALES_REPORTS, Download(progress=progress), params=params, headers=_ACCEPT_GZIP, no_sales_ok=True
    )


def finance_report(
    asc: AppStoreConnect, *, progress: Progress | None = None, **arguments: Unpack[FinanceReportArguments]
) -> AbstractContextManager[Report]:
    """Download a finance report (arguments of `finance_report_query`); `Total_*` lines are `trailer`."""
    params = finance_report_query(**arguments).params()
    return open_report(
        asc,
        FINANCE_REPORTS,
        Download(progress=progress),
        params=params,
        headers=_ACCEPT_GZIP,
        no_sales_ok=True,
    )


def async_sales_report(
    asc: AsyncAppStoreConnect, *, progress: Progress | None = None, **arguments: Unpack[SalesReportArguments]
) -> AbstractAsyncContextManager[AsyncReport]:
    """The async twin of `sales_report`: `async with` it, then `async for row in report`."""
    params = sales_report_query(**arguments).params()
    return async_open_report(
        asc, SALES_REPORTS, Download(progress=progress), params=params, headers=_ACCEPT_GZIP, no_sales_ok=True
    )


def async_finance_report(
    asc: AsyncAppStoreConnect,
    *,
    progress: Progress | None = None,
    **arguments: Unpack[FinanceReportArguments],
) -> AbstractAsyncContextManager[AsyncReport]:
    """The async twin of `finance_report`."""
    params = finance_report_query(**arguments).params()
    return async_open_report(
        asc,
        FINANCE_REPORTS,
        Download(progress=progress),
        params=params,
        headers=_ACCEPT_GZIP,
        no_sales_ok=True,
    )
