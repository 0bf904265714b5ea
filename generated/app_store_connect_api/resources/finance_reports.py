"""`asc.finance_reports`: the operations on finance_reports (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..types import File

__all__ = ["AsyncFinanceReports", "FinanceReports"]


class FinanceReports(SyncResource):
    """`asc.finance_reports`."""

    def list(
        self,
        *,
        filter_vendor_number: str | Sequence[str],
        filter_report_type: str | Sequence[str],
        filter_region_code: str | Sequence[str],
        filter_report_date: str | Sequence[str],
        timeout: Timeout = None,
    ) -> File:
        """One request.

        ``GET /v1/financeReports`` (financeReports_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-financereports
        """
        return self._call("finance_reports.finance_reports_get_collection", locals())


class AsyncFinanceReports(AsyncResource):
    """`asc.finance_reports` (async)."""

    async def list(
        self,
        *,
        filter_vendor_number: str | Sequence[str],
        filter_report_type: str | Sequence[str],
        filter_region_code: str | Sequence[str],
        filter_report_date: str | Sequence[str],
        timeout: Timeout = None,
    ) -> File:
        """One request.

        ``GET /v1/financeReports`` (financeReports_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-financereports
        """
        return await self._call("finance_reports.finance_reports_get_collection", locals())
