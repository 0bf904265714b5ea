"""`asc.sales_reports`: the operations on sales_reports (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..types import File

__all__ = ["AsyncSalesReports", "SalesReports"]


class SalesReports(SyncResource):
    """`asc.sales_reports`."""

    def list(
        self,
        *,
        filter_vendor_number: str | Sequence[str],
        filter_report_type: str | Sequence[str],
        filter_report_sub_type: str | Sequence[str],
        filter_frequency: str | Sequence[str],
        filter_report_date: str | Sequence[str] | None = None,
        filter_version: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> File:
        """One request.

        ``GET /v1/salesReports`` (salesReports_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-salesreports
        """
        return self._call("sales_reports.sales_reports_get_collection", locals())


class AsyncSalesReports(AsyncResource):
    """`asc.sales_reports` (async)."""

    async def list(
        self,
        *,
        filter_vendor_number: str | Sequence[str],
        filter_report_type: str | Sequence[str],
        filter_report_sub_type: str | Sequence[str],
        filter_frequency: str | Sequence[str],
        filter_report_date: str | Sequence[str] | None = None,
        filter_version: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> File:
        """One request.

        ``GET /v1/salesReports`` (salesReports_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-salesreports
        """
        return await self._call("sales_reports.sales_reports_get_collection", locals())
