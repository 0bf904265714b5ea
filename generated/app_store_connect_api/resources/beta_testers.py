"""`asc.beta_testers`: the operations on beta_testers (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app import App
    from ..models.apps_without_includes_response import AppsWithoutIncludesResponse
    from ..models.beta_group import BetaGroup
    from ..models.beta_groups_without_includes_response import BetaGroupsWithoutIncludesResponse
    from ..models.beta_tester import BetaTester
    from ..models.beta_tester_apps_linkages_response import BetaTesterAppsLinkagesResponse
    from ..models.beta_tester_apps_linkages_response_data_item import BetaTesterAppsLinkagesResponseDataItem
    from ..models.beta_tester_beta_groups_linkages_response import BetaTesterBetaGroupsLinkagesResponse
    from ..models.beta_tester_beta_groups_linkages_response_data_item import (
        BetaTesterBetaGroupsLinkagesResponseDataItem,
    )
    from ..models.beta_tester_builds_linkages_response import BetaTesterBuildsLinkagesResponse
    from ..models.beta_tester_builds_linkages_response_data_item import (
        BetaTesterBuildsLinkagesResponseDataItem,
    )
    from ..models.beta_tester_create_request import BetaTesterCreateRequest
    from ..models.beta_tester_response import BetaTesterResponse
    from ..models.beta_tester_usages_v1_metric_response import BetaTesterUsagesV1MetricResponse
    from ..models.beta_testers_response import BetaTestersResponse
    from ..models.build import Build
    from ..models.builds_without_includes_response import BuildsWithoutIncludesResponse

__all__ = ["AsyncBetaTesters", "BetaTesters"]

_CREATE_BODY = Body(
    "betaTesters",
    {
        "first_name": ("firstName", "string", False),
        "last_name": ("lastName", "string", False),
        "email": ("email", "string", True),
    },
    {"beta_groups": ("betaGroups", "betaGroups", True, False), "builds": ("builds", "builds", True, False)},
)


class BetaTesters(SyncResource):
    """`asc.beta_testers`."""

    def add_beta_groups(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/betaTesters/{id}/relationships/betaGroups`` (betaTesters_betaGroups_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesters-_id_-relationships-betagroups
        """
        return self._link_many(
            "beta_testers.beta_testers_beta_groups_create_to_many_relationship", locals(), "betaGroups"
        )

    def add_builds(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/betaTesters/{id}/relationships/builds`` (betaTesters_builds_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesters-_id_-relationships-builds
        """
        return self._link_many(
            "beta_testers.beta_testers_builds_create_to_many_relationship", locals(), "builds"
        )

    def create(
        self,
        /,
        body: BetaTesterCreateRequest | Mapping[str, Any] | None = None,
        *,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        email: str | Unset = UNSET,
        beta_groups: str | Sequence[str] | None | Unset = UNSET,
        builds: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaTesterResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaTesters`` (betaTesters_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesters
        """
        return self._write("beta_testers.beta_testers_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaTesters/{id}`` (betaTesters_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_
        """
        return self._call("beta_testers.beta_testers_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_apps: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTesterResponse:
        """One request.

        ``GET /v1/betaTesters/{id}`` (betaTesters_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_
        """
        return self._call("beta_testers.beta_testers_get_instance", locals())

    def get_beta_tester_usages_metrics(
        self,
        id: str,
        /,
        *,
        filter_apps: str,
        period: str | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTesterUsagesV1MetricResponse:
        """One request.

        ``GET /v1/betaTesters/{id}/metrics/betaTesterUsages`` (betaTesters_betaTesterUsages_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-metrics-betatesterusages
        """
        return self._call("beta_testers.beta_testers_beta_tester_usages_get_metrics", locals())

    def list(
        self,
        *,
        filter_first_name: str | Sequence[str] | None = None,
        filter_last_name: str | Sequence[str] | None = None,
        filter_email: str | Sequence[str] | None = None,
        filter_invite_type: str | Sequence[str] | None = None,
        filter_apps: str | Sequence[str] | None = None,
        filter_beta_groups: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_apps: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaTester]:
        """Every BetaTester across pages, with the pagination guards.

        ``GET /v1/betaTesters`` (betaTesters_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters
        """
        return self._paginate("beta_testers.beta_testers_get_collection", locals())

    def list_page(
        self,
        *,
        filter_first_name: str | Sequence[str] | None = None,
        filter_last_name: str | Sequence[str] | None = None,
        filter_email: str | Sequence[str] | None = None,
        filter_invite_type: str | Sequence[str] | None = None,
        filter_apps: str | Sequence[str] | None = None,
        filter_beta_groups: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_apps: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTestersResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters`` (betaTesters_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters
        """
        return self._call("beta_testers.beta_testers_get_collection", locals())

    def list_apps(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[App]:
        """Every App across pages, with the pagination guards.

        ``GET /v1/betaTesters/{id}/apps`` (betaTesters_apps_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-apps
        """
        return self._paginate("beta_testers.beta_testers_apps_get_to_many_related", locals())

    def list_apps_page(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters/{id}/apps`` (betaTesters_apps_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-apps
        """
        return self._call("beta_testers.beta_testers_apps_get_to_many_related", locals())

    def list_apps_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaTesterAppsLinkagesResponseDataItem]:
        """Every BetaTesterAppsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/betaTesters/{id}/relationships/apps`` (betaTesters_apps_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-apps
        """
        return self._paginate("beta_testers.beta_testers_apps_get_to_many_relationship", locals())

    def list_apps_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTesterAppsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters/{id}/relationships/apps`` (betaTesters_apps_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-apps
        """
        return self._call("beta_testers.beta_testers_apps_get_to_many_relationship", locals())

    def list_beta_groups(
        self,
        id: str,
        /,
        *,
        fields_beta_groups: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaGroup]:
        """Every BetaGroup across pages, with the pagination guards.

        ``GET /v1/betaTesters/{id}/betaGroups`` (betaTesters_betaGroups_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-betagroups
        """
        return self._paginate("beta_testers.beta_testers_beta_groups_get_to_many_related", locals())

    def list_beta_groups_page(
        self,
        id: str,
        /,
        *,
        fields_beta_groups: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaGroupsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters/{id}/betaGroups`` (betaTesters_betaGroups_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-betagroups
        """
        return self._call("beta_testers.beta_testers_beta_groups_get_to_many_related", locals())

    def list_beta_groups_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaTesterBetaGroupsLinkagesResponseDataItem]:
        """Every BetaTesterBetaGroupsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/betaTesters/{id}/relationships/betaGroups`` (betaTesters_betaGroups_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-betagroups
        """
        return self._paginate("beta_testers.beta_testers_beta_groups_get_to_many_relationship", locals())

    def list_beta_groups_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTesterBetaGroupsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters/{id}/relationships/betaGroups`` (betaTesters_betaGroups_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-betagroups
        """
        return self._call("beta_testers.beta_testers_beta_groups_get_to_many_relationship", locals())

    def list_builds(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Build]:
        """Every Build across pages, with the pagination guards.

        ``GET /v1/betaTesters/{id}/builds`` (betaTesters_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-builds
        """
        return self._paginate("beta_testers.beta_testers_builds_get_to_many_related", locals())

    def list_builds_page(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters/{id}/builds`` (betaTesters_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-builds
        """
        return self._call("beta_testers.beta_testers_builds_get_to_many_related", locals())

    def list_builds_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaTesterBuildsLinkagesResponseDataItem]:
        """Every BetaTesterBuildsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/betaTesters/{id}/relationships/builds`` (betaTesters_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-builds
        """
        return self._paginate("beta_testers.beta_testers_builds_get_to_many_relationship", locals())

    def list_builds_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTesterBuildsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters/{id}/relationships/builds`` (betaTesters_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-builds
        """
        return self._call("beta_testers.beta_testers_builds_get_to_many_relationship", locals())

    def remove_apps(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/betaTesters/{id}/relationships/apps`` (betaTesters_apps_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_-relationships-apps
        """
        return self._link_many("beta_testers.beta_testers_apps_delete_to_many_relationship", locals(), "apps")

    def remove_beta_groups(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/betaTesters/{id}/relationships/betaGroups`` (betaTesters_betaGroups_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_-relationships-betagroups
        """
        return self._link_many(
            "beta_testers.beta_testers_beta_groups_delete_to_many_relationship", locals(), "betaGroups"
        )

    def remove_builds(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/betaTesters/{id}/relationships/builds`` (betaTesters_builds_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_-relationships-builds
        """
        return self._link_many(
            "beta_testers.beta_testers_builds_delete_to_many_relationship", locals(), "builds"
        )


class AsyncBetaTesters(AsyncResource):
    """`asc.beta_testers` (async)."""

    async def add_beta_groups(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/betaTesters/{id}/relationships/betaGroups`` (betaTesters_betaGroups_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesters-_id_-relationships-betagroups
        """
        return await self._link_many(
            "beta_testers.beta_testers_beta_groups_create_to_many_relationship", locals(), "betaGroups"
        )

    async def add_builds(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/betaTesters/{id}/relationships/builds`` (betaTesters_builds_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesters-_id_-relationships-builds
        """
        return await self._link_many(
            "beta_testers.beta_testers_builds_create_to_many_relationship", locals(), "builds"
        )

    async def create(
        self,
        /,
        body: BetaTesterCreateRequest | Mapping[str, Any] | None = None,
        *,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        email: str | Unset = UNSET,
        beta_groups: str | Sequence[str] | None | Unset = UNSET,
        builds: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaTesterResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaTesters`` (betaTesters_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesters
        """
        return await self._write("beta_testers.beta_testers_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaTesters/{id}`` (betaTesters_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_
        """
        return await self._call("beta_testers.beta_testers_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_apps: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTesterResponse:
        """One request.

        ``GET /v1/betaTesters/{id}`` (betaTesters_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_
        """
        return await self._call("beta_testers.beta_testers_get_instance", locals())

    async def get_beta_tester_usages_metrics(
        self,
        id: str,
        /,
        *,
        filter_apps: str,
        period: str | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTesterUsagesV1MetricResponse:
        """One request.

        ``GET /v1/betaTesters/{id}/metrics/betaTesterUsages`` (betaTesters_betaTesterUsages_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-metrics-betatesterusages
        """
        return await self._call("beta_testers.beta_testers_beta_tester_usages_get_metrics", locals())

    def list(
        self,
        *,
        filter_first_name: str | Sequence[str] | None = None,
        filter_last_name: str | Sequence[str] | None = None,
        filter_email: str | Sequence[str] | None = None,
        filter_invite_type: str | Sequence[str] | None = None,
        filter_apps: str | Sequence[str] | None = None,
        filter_beta_groups: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_apps: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaTester]:
        """Every BetaTester across pages, with the pagination guards.

        ``GET /v1/betaTesters`` (betaTesters_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters
        """
        return self._paginate("beta_testers.beta_testers_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_first_name: str | Sequence[str] | None = None,
        filter_last_name: str | Sequence[str] | None = None,
        filter_email: str | Sequence[str] | None = None,
        filter_invite_type: str | Sequence[str] | None = None,
        filter_apps: str | Sequence[str] | None = None,
        filter_beta_groups: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_apps: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTestersResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters`` (betaTesters_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters
        """
        return await self._call("beta_testers.beta_testers_get_collection", locals())

    def list_apps(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[App]:
        """Every App across pages, with the pagination guards.

        ``GET /v1/betaTesters/{id}/apps`` (betaTesters_apps_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-apps
        """
        return self._paginate("beta_testers.beta_testers_apps_get_to_many_related", locals())

    async def list_apps_page(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters/{id}/apps`` (betaTesters_apps_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-apps
        """
        return await self._call("beta_testers.beta_testers_apps_get_to_many_related", locals())

    def list_apps_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaTesterAppsLinkagesResponseDataItem]:
        """Every BetaTesterAppsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/betaTesters/{id}/relationships/apps`` (betaTesters_apps_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-apps
        """
        return self._paginate("beta_testers.beta_testers_apps_get_to_many_relationship", locals())

    async def list_apps_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTesterAppsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters/{id}/relationships/apps`` (betaTesters_apps_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-apps
        """
        return await self._call("beta_testers.beta_testers_apps_get_to_many_relationship", locals())

    def list_beta_groups(
        self,
        id: str,
        /,
        *,
        fields_beta_groups: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaGroup]:
        """Every BetaGroup across pages, with the pagination guards.

        ``GET /v1/betaTesters/{id}/betaGroups`` (betaTesters_betaGroups_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-betagroups
        """
        return self._paginate("beta_testers.beta_testers_beta_groups_get_to_many_related", locals())

    async def list_beta_groups_page(
        self,
        id: str,
        /,
        *,
        fields_beta_groups: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaGroupsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters/{id}/betaGroups`` (betaTesters_betaGroups_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-betagroups
        """
        return await self._call("beta_testers.beta_testers_beta_groups_get_to_many_related", locals())

    def list_beta_groups_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaTesterBetaGroupsLinkagesResponseDataItem]:
        """Every BetaTesterBetaGroupsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/betaTesters/{id}/relationships/betaGroups`` (betaTesters_betaGroups_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-betagroups
        """
        return self._paginate("beta_testers.beta_testers_beta_groups_get_to_many_relationship", locals())

    async def list_beta_groups_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTesterBetaGroupsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters/{id}/relationships/betaGroups`` (betaTesters_betaGroups_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-betagroups
        """
        return await self._call("beta_testers.beta_testers_beta_groups_get_to_many_relationship", locals())

    def list_builds(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Build]:
        """Every Build across pages, with the pagination guards.

        ``GET /v1/betaTesters/{id}/builds`` (betaTesters_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-builds
        """
        return self._paginate("beta_testers.beta_testers_builds_get_to_many_related", locals())

    async def list_builds_page(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters/{id}/builds`` (betaTesters_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-builds
        """
        return await self._call("beta_testers.beta_testers_builds_get_to_many_related", locals())

    def list_builds_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaTesterBuildsLinkagesResponseDataItem]:
        """Every BetaTesterBuildsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/betaTesters/{id}/relationships/builds`` (betaTesters_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-builds
        """
        return self._paginate("beta_testers.beta_testers_builds_get_to_many_relationship", locals())

    async def list_builds_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTesterBuildsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaTesters/{id}/relationships/builds`` (betaTesters_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-builds
        """
        return await self._call("beta_testers.beta_testers_builds_get_to_many_relationship", locals())

    async def remove_apps(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/betaTesters/{id}/relationships/apps`` (betaTesters_apps_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_-relationships-apps
        """
        return await self._link_many(
            "beta_testers.beta_testers_apps_delete_to_many_relationship", locals(), "apps"
        )

    async def remove_beta_groups(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/betaTesters/{id}/relationships/betaGroups`` (betaTesters_betaGroups_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_-relationships-betagroups
        """
        return await self._link_many(
            "beta_testers.beta_testers_beta_groups_delete_to_many_relationship", locals(), "betaGroups"
        )

    async def remove_builds(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/betaTesters/{id}/relationships/builds`` (betaTesters_builds_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_-relationships-builds
        """
        return await self._link_many(
            "beta_testers.beta_testers_builds_delete_to_many_relationship", locals(), "builds"
        )
