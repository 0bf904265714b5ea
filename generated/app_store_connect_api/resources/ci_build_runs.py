"""`asc.ci_build_runs`: the operations on ci_build_runs (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.build import Build
    from ..models.builds_response import BuildsResponse
    from ..models.ci_build_action import CiBuildAction
    from ..models.ci_build_actions_response import CiBuildActionsResponse
    from ..models.ci_build_run_actions_linkages_response import CiBuildRunActionsLinkagesResponse
    from ..models.ci_build_run_actions_linkages_response_data_item import (
        CiBuildRunActionsLinkagesResponseDataItem,
    )
    from ..models.ci_build_run_builds_linkages_response import CiBuildRunBuildsLinkagesResponse
    from ..models.ci_build_run_builds_linkages_response_data_item import (
        CiBuildRunBuildsLinkagesResponseDataItem,
    )
    from ..models.ci_build_run_create_request import CiBuildRunCreateRequest
    from ..models.ci_build_run_response import CiBuildRunResponse

__all__ = ["AsyncCiBuildRuns", "CiBuildRuns"]

_CREATE_BODY = Body(
    "ciBuildRuns",
    {"clean": ("clean", "boolean", False)},
    {
        "build_run": ("buildRun", "ciBuildRuns", False, False),
        "workflow": ("workflow", "ciWorkflows", False, False),
        "source_branch_or_tag": ("sourceBranchOrTag", "scmGitReferences", False, False),
        "pull_request": ("pullRequest", "scmPullRequests", False, False),
    },
)


class CiBuildRuns(SyncResource):
    """`asc.ci_build_runs`."""

    def create(
        self,
        /,
        body: CiBuildRunCreateRequest | Mapping[str, Any] | None = None,
        *,
        clean: bool | None | Unset = UNSET,
        build_run: str | None | Unset = UNSET,
        workflow: str | None | Unset = UNSET,
        source_branch_or_tag: str | None | Unset = UNSET,
        pull_request: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> CiBuildRunResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/ciBuildRuns`` (ciBuildRuns_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-cibuildruns
        """
        return self._write("ci_build_runs.ci_build_runs_create_instance", locals(), _CREATE_BODY)

    def get(
        self,
        id: str,
        /,
        *,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildRunResponse:
        """One request.

        ``GET /v1/ciBuildRuns/{id}`` (ciBuildRuns_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_
        """
        return self._call("ci_build_runs.ci_build_runs_get_instance", locals())

    def list_actions(
        self,
        id: str,
        /,
        *,
        fields_ci_build_actions: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiBuildAction]:
        """Every CiBuildAction across pages, with the pagination guards.

        ``GET /v1/ciBuildRuns/{id}/actions`` (ciBuildRuns_actions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-actions
        """
        return self._paginate("ci_build_runs.ci_build_runs_actions_get_to_many_related", locals())

    def list_actions_page(
        self,
        id: str,
        /,
        *,
        fields_ci_build_actions: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiBuildActionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildRuns/{id}/actions`` (ciBuildRuns_actions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-actions
        """
        return self._call("ci_build_runs.ci_build_runs_actions_get_to_many_related", locals())

    def list_actions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiBuildRunActionsLinkagesResponseDataItem]:
        """Every CiBuildRunActionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciBuildRuns/{id}/relationships/actions`` (ciBuildRuns_actions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-relationships-actions
        """
        return self._paginate("ci_build_runs.ci_build_runs_actions_get_to_many_relationship", locals())

    def list_actions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildRunActionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildRuns/{id}/relationships/actions`` (ciBuildRuns_actions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-relationships-actions
        """
        return self._call("ci_build_runs.ci_build_runs_actions_get_to_many_relationship", locals())

    def list_builds(
        self,
        id: str,
        /,
        *,
        filter_version: str | Sequence[str] | None = None,
        filter_expired: str | Sequence[str] | None = None,
        filter_processing_state: str | Sequence[str] | None = None,
        filter_beta_app_review_submission_beta_review_state: str | Sequence[str] | None = None,
        filter_uses_non_exempt_encryption: str | Sequence[str] | None = None,
        filter_pre_release_version_version: str | Sequence[str] | None = None,
        filter_pre_release_version_platform: str | Sequence[str] | None = None,
        filter_build_audience_type: str | Sequence[str] | None = None,
        filter_pre_release_version: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_beta_groups: str | Sequence[str] | None = None,
        filter_app_store_version: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        exists_uses_non_exempt_encryption: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_build_bundles: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_individual_testers: int | None = None,
        limit_beta_groups: int | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_icons: int | None = None,
        limit_build_bundles: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Build]:
        """Every Build across pages, with the pagination guards.

        ``GET /v1/ciBuildRuns/{id}/builds`` (ciBuildRuns_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-builds
        """
        return self._paginate("ci_build_runs.ci_build_runs_builds_get_to_many_related", locals())

    def list_builds_page(
        self,
        id: str,
        /,
        *,
        filter_version: str | Sequence[str] | None = None,
        filter_expired: str | Sequence[str] | None = None,
        filter_processing_state: str | Sequence[str] | None = None,
        filter_beta_app_review_submission_beta_review_state: str | Sequence[str] | None = None,
        filter_uses_non_exempt_encryption: str | Sequence[str] | None = None,
        filter_pre_release_version_version: str | Sequence[str] | None = None,
        filter_pre_release_version_platform: str | Sequence[str] | None = None,
        filter_build_audience_type: str | Sequence[str] | None = None,
        filter_pre_release_version: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_beta_groups: str | Sequence[str] | None = None,
        filter_app_store_version: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        exists_uses_non_exempt_encryption: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_build_bundles: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_individual_testers: int | None = None,
        limit_beta_groups: int | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_icons: int | None = None,
        limit_build_bundles: int | None = None,
        timeout: Timeout = None,
    ) -> BuildsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildRuns/{id}/builds`` (ciBuildRuns_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-builds
        """
        return self._call("ci_build_runs.ci_build_runs_builds_get_to_many_related", locals())

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
    ) -> Paginator[CiBuildRunBuildsLinkagesResponseDataItem]:
        """Every CiBuildRunBuildsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciBuildRuns/{id}/relationships/builds`` (ciBuildRuns_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-relationships-builds
        """
        return self._paginate("ci_build_runs.ci_build_runs_builds_get_to_many_relationship", locals())

    def list_builds_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildRunBuildsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildRuns/{id}/relationships/builds`` (ciBuildRuns_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-relationships-builds
        """
        return self._call("ci_build_runs.ci_build_runs_builds_get_to_many_relationship", locals())


class AsyncCiBuildRuns(AsyncResource):
    """`asc.ci_build_runs` (async)."""

    async def create(
        self,
        /,
        body: CiBuildRunCreateRequest | Mapping[str, Any] | None = None,
        *,
        clean: bool | None | Unset = UNSET,
        build_run: str | None | Unset = UNSET,
        workflow: str | None | Unset = UNSET,
        source_branch_or_tag: str | None | Unset = UNSET,
        pull_request: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> CiBuildRunResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/ciBuildRuns`` (ciBuildRuns_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-cibuildruns
        """
        return await self._write("ci_build_runs.ci_build_runs_create_instance", locals(), _CREATE_BODY)

    async def get(
        self,
        id: str,
        /,
        *,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildRunResponse:
        """One request.

        ``GET /v1/ciBuildRuns/{id}`` (ciBuildRuns_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_
        """
        return await self._call("ci_build_runs.ci_build_runs_get_instance", locals())

    def list_actions(
        self,
        id: str,
        /,
        *,
        fields_ci_build_actions: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiBuildAction]:
        """Every CiBuildAction across pages, with the pagination guards.

        ``GET /v1/ciBuildRuns/{id}/actions`` (ciBuildRuns_actions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-actions
        """
        return self._paginate("ci_build_runs.ci_build_runs_actions_get_to_many_related", locals())

    async def list_actions_page(
        self,
        id: str,
        /,
        *,
        fields_ci_build_actions: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiBuildActionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildRuns/{id}/actions`` (ciBuildRuns_actions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-actions
        """
        return await self._call("ci_build_runs.ci_build_runs_actions_get_to_many_related", locals())

    def list_actions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiBuildRunActionsLinkagesResponseDataItem]:
        """Every CiBuildRunActionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciBuildRuns/{id}/relationships/actions`` (ciBuildRuns_actions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-relationships-actions
        """
        return self._paginate("ci_build_runs.ci_build_runs_actions_get_to_many_relationship", locals())

    async def list_actions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildRunActionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildRuns/{id}/relationships/actions`` (ciBuildRuns_actions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-relationships-actions
        """
        return await self._call("ci_build_runs.ci_build_runs_actions_get_to_many_relationship", locals())

    def list_builds(
        self,
        id: str,
        /,
        *,
        filter_version: str | Sequence[str] | None = None,
        filter_expired: str | Sequence[str] | None = None,
        filter_processing_state: str | Sequence[str] | None = None,
        filter_beta_app_review_submission_beta_review_state: str | Sequence[str] | None = None,
        filter_uses_non_exempt_encryption: str | Sequence[str] | None = None,
        filter_pre_release_version_version: str | Sequence[str] | None = None,
        filter_pre_release_version_platform: str | Sequence[str] | None = None,
        filter_build_audience_type: str | Sequence[str] | None = None,
        filter_pre_release_version: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_beta_groups: str | Sequence[str] | None = None,
        filter_app_store_version: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        exists_uses_non_exempt_encryption: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_build_bundles: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_individual_testers: int | None = None,
        limit_beta_groups: int | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_icons: int | None = None,
        limit_build_bundles: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Build]:
        """Every Build across pages, with the pagination guards.

        ``GET /v1/ciBuildRuns/{id}/builds`` (ciBuildRuns_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-builds
        """
        return self._paginate("ci_build_runs.ci_build_runs_builds_get_to_many_related", locals())

    async def list_builds_page(
        self,
        id: str,
        /,
        *,
        filter_version: str | Sequence[str] | None = None,
        filter_expired: str | Sequence[str] | None = None,
        filter_processing_state: str | Sequence[str] | None = None,
        filter_beta_app_review_submission_beta_review_state: str | Sequence[str] | None = None,
        filter_uses_non_exempt_encryption: str | Sequence[str] | None = None,
        filter_pre_release_version_version: str | Sequence[str] | None = None,
        filter_pre_release_version_platform: str | Sequence[str] | None = None,
        filter_build_audience_type: str | Sequence[str] | None = None,
        filter_pre_release_version: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_beta_groups: str | Sequence[str] | None = None,
        filter_app_store_version: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        exists_uses_non_exempt_encryption: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_build_bundles: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_individual_testers: int | None = None,
        limit_beta_groups: int | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_icons: int | None = None,
        limit_build_bundles: int | None = None,
        timeout: Timeout = None,
    ) -> BuildsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildRuns/{id}/builds`` (ciBuildRuns_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-builds
        """
        return await self._call("ci_build_runs.ci_build_runs_builds_get_to_many_related", locals())

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
    ) -> AsyncPaginator[CiBuildRunBuildsLinkagesResponseDataItem]:
        """Every CiBuildRunBuildsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciBuildRuns/{id}/relationships/builds`` (ciBuildRuns_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-relationships-builds
        """
        return self._paginate("ci_build_runs.ci_build_runs_builds_get_to_many_relationship", locals())

    async def list_builds_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildRunBuildsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildRuns/{id}/relationships/builds`` (ciBuildRuns_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-relationships-builds
        """
        return await self._call("ci_build_runs.ci_build_runs_builds_get_to_many_relationship", locals())
