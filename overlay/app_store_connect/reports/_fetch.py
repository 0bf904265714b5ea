"""Sales and finance report downloads (`GET /v1/salesReports`, `GET /v1/financeReports`), sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Unpack

from .._client import AppStoreConnect, AsyncAppStoreConnect
from ._download import Download, Progress
from ._report import AsyncReport, Report, async_open_report, open_report
from ._sales import FinanceReportArguments, SalesReportArguments, finance_report_query, sales_report_query

SALES_REPORTS = "/v1/salesReports"
FINANCE_REPORTS = "/v1/financeReports"
_ACCEPT_GZIP = {"Accept": "application/a-gzip"}  # Q12: the reports' media type


@contextmanager
def sales_report(
    asc: AppStoreConnect, *, progress: Progress | None = None, **arguments: Unpack[SalesReportArguments]
) -> Iterator[Report]:
    """Download a sales report (arguments as in `sales_report_query`) as a `Report` of streamed rows.

    `with sales_report(asc, vendor_number=..., report_type="SALES", report_date=day) as report:`
    then `for row in report` or `report.save_to(path)`. A date without sales gives an empty
    report with `report.no_sales` set (Q12); every other error is raised.
    """
    params = sales_report_query(**arguments).params()
    with open_report(
        asc, SALES_REPORTS, Download(progress=progress), params=params, headers=_ACCEPT_GZIP, no_sales_ok=True
    ) as report:
        yield report


@contextmanager
def finance_report(
    asc: AppStoreConnect, *, progress: Progress | None = None, **arguments: Unpack[FinanceReportArguments]
) -> Iterator[Report]:
    """Download a finance report (arguments of `finance_report_query`); `Total_*` lines are `trailer`."""
    params = finance_report_query(**arguments).params()
    with open_report(
        asc,
        FINANCE_REPORTS,
        Download(progress=progress),
        params=params,
        headers=_ACCEPT_GZIP,
        no_sales_ok=True,
    ) as report:
        yield report


@asynccontextmanager
async def async_sales_report(
    asc: AsyncAppStoreConnect, *, progress: Progress | None = None, **arguments: Unpack[SalesReportArguments]
) -> AsyncIterator[AsyncReport]:
    """The async twin of `sales_report`: `async with` it, then `async for row in report`."""
    params = sales_report_query(**arguments).params()
    async with async_open_report(
        asc, SALES_REPORTS, Download(progress=progress), params=params, headers=_ACCEPT_GZIP, no_sales_ok=True
    ) as report:
        yield report


@asynccontextmanager
async def async_finance_report(
    asc: AsyncAppStoreConnect,
    *,
    progress: Progress | None = None,
    **arguments: Unpack[FinanceReportArguments],
) -> AsyncIterator[AsyncReport]:
    """The async twin of `finance_report`."""
    params = finance_report_query(**arguments).params()
    async with async_open_report(
        asc,
        FINANCE_REPORTS,
        Download(progress=progress),
        params=params,
        headers=_ACCEPT_GZIP,
        no_sales_ok=True,
    ) as report:
        yield report
