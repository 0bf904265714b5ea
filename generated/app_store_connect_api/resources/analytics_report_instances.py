"""`asc.analytics_report_instances`: the operations on analytics_report_instances (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.analytics_report_instance_response import AnalyticsReportInstanceResponse
    from ..models.analytics_report_instance_segments_linkages_response import (
        AnalyticsReportInstanceSegmentsLinkagesResponse,
    )
    from ..models.analytics_report_instance_segments_linkages_response_data_item import (
        AnalyticsReportInstanceSegmentsLinkagesResponseDataItem,
    )
    from ..models.analytics_report_segment import AnalyticsReportSegment
    from ..models.analytics_report_segments_response import AnalyticsReportSegmentsResponse

__all__ = ["AnalyticsReportInstances", "AsyncAnalyticsReportInstances"]


class AnalyticsReportInstances(SyncResource):
    """`asc.analytics_report_instances`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_analytics_report_instances: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportInstanceResponse:
        """One request.

        ``GET /v1/analyticsReportInstances/{id}`` (analyticsReportInstances_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_
        """
        return self._call("analytics_report_instances.analytics_report_instances_get_instance", locals())

    def list_segments(
        self,
        id: str,
        /,
        *,
        fields_analytics_report_segments: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AnalyticsReportSegment]:
        """Every AnalyticsReportSegment across pages, with the pagination guards.

        ``GET /v1/analyticsReportInstances/{id}/segments`` (analyticsReportInstances_segments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_-segments
        """
        return self._paginate(
            "analytics_report_instances.analytics_report_instances_segments_get_to_many_related", locals()
        )

    def list_segments_page(
        self,
        id: str,
        /,
        *,
        fields_analytics_report_segments: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportSegmentsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/analyticsReportInstances/{id}/segments`` (analyticsReportInstances_segments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_-segments
        """
        return self._call(
            "analytics_report_instances.analytics_report_instances_segments_get_to_many_related", locals()
        )

    def list_segments_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AnalyticsReportInstanceSegmentsLinkagesResponseDataItem]:
        """Every AnalyticsReportInstanceSegmentsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/analyticsReportInstances/{id}/relationships/segments`` (analyticsReportInstances_segments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_-relationships-segments
        """
        return self._paginate(
            "analytics_report_instances.analytics_report_instances_segments_get_to_many_relationship",
            locals(),
        )

    def list_segments_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportInstanceSegmentsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/analyticsReportInstances/{id}/relationships/segments`` (analyticsReportInstances_segments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_-relationships-segments
        """
        return self._call(
            "analytics_report_instances.analytics_report_instances_segments_get_to_many_relationship",
            locals(),
        )


class AsyncAnalyticsReportInstances(AsyncResource):
    """`asc.analytics_report_instances` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_analytics_report_instances: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportInstanceResponse:
        """One request.

        ``GET /v1/analyticsReportInstances/{id}`` (analyticsReportInstances_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_
        """
        return await self._call(
            "analytics_report_instances.analytics_report_instances_get_instance", locals()
        )

    def list_segments(
        self,
        id: str,
        /,
        *,
        fields_analytics_report_segments: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AnalyticsReportSegment]:
        """Every AnalyticsReportSegment across pages, with the pagination guards.

        ``GET /v1/analyticsReportInstances/{id}/segments`` (analyticsReportInstances_segments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_-segments
        """
        return self._paginate(
            "analytics_report_instances.analytics_report_instances_segments_get_to_many_related", locals()
        )

    async def list_segments_page(
        self,
        id: str,
        /,
        *,
        fields_analytics_report_segments: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportSegmentsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/analyticsReportInstances/{id}/segments`` (analyticsReportInstances_segments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_-segments
        """
        return await self._call(
            "analytics_report_instances.analytics_report_instances_segments_get_to_many_related", locals()
        )

    def list_segments_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AnalyticsReportInstanceSegmentsLinkagesResponseDataItem]:
        """Every AnalyticsReportInstanceSegmentsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/analyticsReportInstances/{id}/relationships/segments`` (analyticsReportInstances_segments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_-relationships-segments
        """
        return self._paginate(
            "analytics_report_instances.analytics_report_instances_segments_get_to_many_relationship",
            locals(),
        )

    async def list_segments_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportInstanceSegmentsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/analyticsReportInstances/{id}/relationships/segments`` (analyticsReportInstances_segments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_-relationships-segments
        """
        return await self._call(
            "analytics_report_instances.analytics_report_instances_segments_get_to_many_relationship",
            locals(),
        )
