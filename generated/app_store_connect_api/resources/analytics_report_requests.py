"""`asc.analytics_report_requests`: the operations on analytics_report_requests (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.analytics_report import AnalyticsReport
    from ..models.analytics_report_request_create_request import AnalyticsReportRequestCreateRequest
    from ..models.analytics_report_request_reports_linkages_response import (
        AnalyticsReportRequestReportsLinkagesResponse,
    )
    from ..models.analytics_report_request_reports_linkages_response_data_item import (
        AnalyticsReportRequestReportsLinkagesResponseDataItem,
    )
    from ..models.analytics_report_request_response import AnalyticsReportRequestResponse
    from ..models.analytics_reports_response import AnalyticsReportsResponse

__all__ = ["AnalyticsReportRequests", "AsyncAnalyticsReportRequests"]

_CREATE_BODY = Body(
    "analyticsReportRequests",
    {"access_type": ("accessType", "string", True)},
    {"app": ("app", "apps", False, True)},
)


class AnalyticsReportRequests(SyncResource):
    """`asc.analytics_report_requests`."""

    def create(
        self,
        /,
        body: AnalyticsReportRequestCreateRequest | Mapping[str, Any] | None = None,
        *,
        access_type: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AnalyticsReportRequestResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/analyticsReportRequests`` (analyticsReportRequests_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-analyticsreportrequests
        """
        return self._write(
            "analytics_report_requests.analytics_report_requests_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/analyticsReportRequests/{id}`` (analyticsReportRequests_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-analyticsreportrequests-_id_
        """
        return self._call("analytics_report_requests.analytics_report_requests_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_analytics_report_requests: str | Sequence[str] | None = None,
        fields_analytics_reports: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_reports: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportRequestResponse:
        """One request.

        ``GET /v1/analyticsReportRequests/{id}`` (analyticsReportRequests_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_
        """
        return self._call("analytics_report_requests.analytics_report_requests_get_instance", locals())

    def list_reports(
        self,
        id: str,
        /,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_category: str | Sequence[str] | None = None,
        fields_analytics_reports: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AnalyticsReport]:
        """Every AnalyticsReport across pages, with the pagination guards.

        ``GET /v1/analyticsReportRequests/{id}/reports`` (analyticsReportRequests_reports_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_-reports
        """
        return self._paginate(
            "analytics_report_requests.analytics_report_requests_reports_get_to_many_related", locals()
        )

    def list_reports_page(
        self,
        id: str,
        /,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_category: str | Sequence[str] | None = None,
        fields_analytics_reports: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/analyticsReportRequests/{id}/reports`` (analyticsReportRequests_reports_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_-reports
        """
        return self._call(
            "analytics_report_requests.analytics_report_requests_reports_get_to_many_related", locals()
        )

    def list_reports_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AnalyticsReportRequestReportsLinkagesResponseDataItem]:
        """Every AnalyticsReportRequestReportsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/analyticsReportRequests/{id}/relationships/reports`` (analyticsReportRequests_reports_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_-relationships-reports
        """
        return self._paginate(
            "analytics_report_requests.analytics_report_requests_reports_get_to_many_relationship", locals()
        )

    def list_reports_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportRequestReportsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/analyticsReportRequests/{id}/relationships/reports`` (analyticsReportRequests_reports_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_-relationships-reports
        """
        return self._call(
            "analytics_report_requests.analytics_report_requests_reports_get_to_many_relationship", locals()
        )


class AsyncAnalyticsReportRequests(AsyncResource):
    """`asc.analytics_report_requests` (async)."""

    async def create(
        self,
        /,
        body: AnalyticsReportRequestCreateRequest | Mapping[str, Any] | None = None,
        *,
        access_type: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AnalyticsReportRequestResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/analyticsReportRequests`` (analyticsReportRequests_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-analyticsreportrequests
        """
        return await self._write(
            "analytics_report_requests.analytics_report_requests_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/analyticsReportRequests/{id}`` (analyticsReportRequests_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-analyticsreportrequests-_id_
        """
        return await self._call(
            "analytics_report_requests.analytics_report_requests_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_analytics_report_requests: str | Sequence[str] | None = None,
        fields_analytics_reports: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_reports: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportRequestResponse:
        """One request.

        ``GET /v1/analyticsReportRequests/{id}`` (analyticsReportRequests_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_
        """
        return await self._call("analytics_report_requests.analytics_report_requests_get_instance", locals())

    def list_reports(
        self,
        id: str,
        /,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_category: str | Sequence[str] | None = None,
        fields_analytics_reports: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AnalyticsReport]:
        """Every AnalyticsReport across pages, with the pagination guards.

        ``GET /v1/analyticsReportRequests/{id}/reports`` (analyticsReportRequests_reports_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_-reports
        """
        return self._paginate(
            "analytics_report_requests.analytics_report_requests_reports_get_to_many_related", locals()
        )

    async def list_reports_page(
        self,
        id: str,
        /,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_category: str | Sequence[str] | None = None,
        fields_analytics_reports: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/analyticsReportRequests/{id}/reports`` (analyticsReportRequests_reports_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_-reports
        """
        return await self._call(
            "analytics_report_requests.analytics_report_requests_reports_get_to_many_related", locals()
        )

    def list_reports_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AnalyticsReportRequestReportsLinkagesResponseDataItem]:
        """Every AnalyticsReportRequestReportsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/analyticsReportRequests/{id}/relationships/reports`` (analyticsReportRequests_reports_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_-relationships-reports
        """
        return self._paginate(
            "analytics_report_requests.analytics_report_requests_reports_get_to_many_relationship", locals()
        )

    async def list_reports_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportRequestReportsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/analyticsReportRequests/{id}/relationships/reports`` (analyticsReportRequests_reports_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_-relationships-reports
        """
        return await self._call(
            "analytics_report_requests.analytics_report_requests_reports_get_to_many_relationship", locals()
        )
