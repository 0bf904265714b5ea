"""`asc.analytics_reports`: the operations on analytics_reports (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.analytics_report_instance import AnalyticsReportInstance
    from ..models.analytics_report_instances_linkages_response import AnalyticsReportInstancesLinkagesResponse
    from ..models.analytics_report_instances_linkages_response_data_item import (
        AnalyticsReportInstancesLinkagesResponseDataItem,
    )
    from ..models.analytics_report_instances_response import AnalyticsReportInstancesResponse
    from ..models.analytics_report_response import AnalyticsReportResponse

__all__ = ["AnalyticsReports", "AsyncAnalyticsReports"]


class AnalyticsReports(SyncResource):
    """`asc.analytics_reports`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_analytics_reports: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportResponse:
        """One request.

        ``GET /v1/analyticsReports/{id}`` (analyticsReports_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_
        """
        return self._call("analytics_reports.analytics_reports_get_instance", locals())

    def list_instances(
        self,
        id: str,
        /,
        *,
        filter_granularity: str | Sequence[str] | None = None,
        filter_processing_date: str | Sequence[str] | None = None,
        fields_analytics_report_instances: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AnalyticsReportInstance]:
        """Every AnalyticsReportInstance across pages, with the pagination guards.

        ``GET /v1/analyticsReports/{id}/instances`` (analyticsReports_instances_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_-instances
        """
        return self._paginate("analytics_reports.analytics_reports_instances_get_to_many_related", locals())

    def list_instances_page(
        self,
        id: str,
        /,
        *,
        filter_granularity: str | Sequence[str] | None = None,
        filter_processing_date: str | Sequence[str] | None = None,
        fields_analytics_report_instances: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportInstancesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/analyticsReports/{id}/instances`` (analyticsReports_instances_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_-instances
        """
        return self._call("analytics_reports.analytics_reports_instances_get_to_many_related", locals())

    def list_instances_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AnalyticsReportInstancesLinkagesResponseDataItem]:
        """Every AnalyticsReportInstancesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/analyticsReports/{id}/relationships/instances`` (analyticsReports_instances_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_-relationships-instances
        """
        return self._paginate(
            "analytics_reports.analytics_reports_instances_get_to_many_relationship", locals()
        )

    def list_instances_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportInstancesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/analyticsReports/{id}/relationships/instances`` (analyticsReports_instances_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_-relationships-instances
        """
        return self._call("analytics_reports.analytics_reports_instances_get_to_many_relationship", locals())


class AsyncAnalyticsReports(AsyncResource):
    """`asc.analytics_reports` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_analytics_reports: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportResponse:
        """One request.

        ``GET /v1/analyticsReports/{id}`` (analyticsReports_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_
        """
        return await self._call("analytics_reports.analytics_reports_get_instance", locals())

    def list_instances(
        self,
        id: str,
        /,
        *,
        filter_granularity: str | Sequence[str] | None = None,
        filter_processing_date: str | Sequence[str] | None = None,
        fields_analytics_report_instances: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AnalyticsReportInstance]:
        """Every AnalyticsReportInstance across pages, with the pagination guards.

        ``GET /v1/analyticsReports/{id}/instances`` (analyticsReports_instances_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_-instances
        """
        return self._paginate("analytics_reports.analytics_reports_instances_get_to_many_related", locals())

    async def list_instances_page(
        self,
        id: str,
        /,
        *,
        filter_granularity: str | Sequence[str] | None = None,
        filter_processing_date: str | Sequence[str] | None = None,
        fields_analytics_report_instances: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportInstancesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/analyticsReports/{id}/instances`` (analyticsReports_instances_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_-instances
        """
        return await self._call("analytics_reports.analytics_reports_instances_get_to_many_related", locals())

    def list_instances_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AnalyticsReportInstancesLinkagesResponseDataItem]:
        """Every AnalyticsReportInstancesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/analyticsReports/{id}/relationships/instances`` (analyticsReports_instances_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_-relationships-instances
        """
        return self._paginate(
            "analytics_reports.analytics_reports_instances_get_to_many_relationship", locals()
        )

    async def list_instances_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportInstancesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/analyticsReports/{id}/relationships/instances`` (analyticsReports_instances_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_-relationships-instances
        """
        return await self._call(
            "analytics_reports.analytics_reports_instances_get_to_many_relationship", locals()
        )
