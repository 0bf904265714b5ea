"""`asc.analytics_report_segments`: the operations on analytics_report_segments (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.analytics_report_segment_response import AnalyticsReportSegmentResponse

__all__ = ["AnalyticsReportSegments", "AsyncAnalyticsReportSegments"]


class AnalyticsReportSegments(SyncResource):
    """`asc.analytics_report_segments`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_analytics_report_segments: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportSegmentResponse:
        """One request.

        ``GET /v1/analyticsReportSegments/{id}`` (analyticsReportSegments_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportsegments-_id_
        """
        return self._call("analytics_report_segments.analytics_report_segments_get_instance", locals())


class AsyncAnalyticsReportSegments(AsyncResource):
    """`asc.analytics_report_segments` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_analytics_report_segments: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportSegmentResponse:
        """One request.

        ``GET /v1/analyticsReportSegments/{id}`` (analyticsReportSegments_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportsegments-_id_
        """
        return await self._call("analytics_report_segments.analytics_report_segments_get_instance", locals())
