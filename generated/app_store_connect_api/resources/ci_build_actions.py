"""`asc.ci_build_actions`: the operations on ci_build_actions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.ci_artifact import CiArtifact
    from ..models.ci_artifacts_response import CiArtifactsResponse
    from ..models.ci_build_action_artifacts_linkages_response import CiBuildActionArtifactsLinkagesResponse
    from ..models.ci_build_action_artifacts_linkages_response_data_item import (
        CiBuildActionArtifactsLinkagesResponseDataItem,
    )
    from ..models.ci_build_action_build_run_linkage_response import CiBuildActionBuildRunLinkageResponse
    from ..models.ci_build_action_issues_linkages_response import CiBuildActionIssuesLinkagesResponse
    from ..models.ci_build_action_issues_linkages_response_data_item import (
        CiBuildActionIssuesLinkagesResponseDataItem,
    )
    from ..models.ci_build_action_response import CiBuildActionResponse
    from ..models.ci_build_action_test_results_linkages_response import (
        CiBuildActionTestResultsLinkagesResponse,
    )
    from ..models.ci_build_action_test_results_linkages_response_data_item import (
        CiBuildActionTestResultsLinkagesResponseDataItem,
    )
    from ..models.ci_build_run_response import CiBuildRunResponse
    from ..models.ci_issue import CiIssue
    from ..models.ci_issues_response import CiIssuesResponse
    from ..models.ci_test_result import CiTestResult
    from ..models.ci_test_results_response import CiTestResultsResponse

__all__ = ["AsyncCiBuildActions", "CiBuildActions"]


class CiBuildActions(SyncResource):
    """`asc.ci_build_actions`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_ci_build_actions: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiBuildActionResponse:
        """One request.

        ``GET /v1/ciBuildActions/{id}`` (ciBuildActions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_
        """
        return self._call("ci_build_actions.ci_build_actions_get_instance", locals())

    def get_build_run(
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

        ``GET /v1/ciBuildActions/{id}/buildRun`` (ciBuildActions_buildRun_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-buildrun
        """
        return self._call("ci_build_actions.ci_build_actions_build_run_get_to_one_related", locals())

    def get_build_run_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> CiBuildActionBuildRunLinkageResponse:
        """One request.

        ``GET /v1/ciBuildActions/{id}/relationships/buildRun`` (ciBuildActions_buildRun_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-buildrun
        """
        return self._call("ci_build_actions.ci_build_actions_build_run_get_to_one_relationship", locals())

    def list_artifacts(
        self,
        id: str,
        /,
        *,
        fields_ci_artifacts: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiArtifact]:
        """Every CiArtifact across pages, with the pagination guards.

        ``GET /v1/ciBuildActions/{id}/artifacts`` (ciBuildActions_artifacts_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-artifacts
        """
        return self._paginate("ci_build_actions.ci_build_actions_artifacts_get_to_many_related", locals())

    def list_artifacts_page(
        self,
        id: str,
        /,
        *,
        fields_ci_artifacts: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiArtifactsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildActions/{id}/artifacts`` (ciBuildActions_artifacts_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-artifacts
        """
        return self._call("ci_build_actions.ci_build_actions_artifacts_get_to_many_related", locals())

    def list_artifacts_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiBuildActionArtifactsLinkagesResponseDataItem]:
        """Every CiBuildActionArtifactsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciBuildActions/{id}/relationships/artifacts`` (ciBuildActions_artifacts_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-artifacts
        """
        return self._paginate(
            "ci_build_actions.ci_build_actions_artifacts_get_to_many_relationship", locals()
        )

    def list_artifacts_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildActionArtifactsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildActions/{id}/relationships/artifacts`` (ciBuildActions_artifacts_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-artifacts
        """
        return self._call("ci_build_actions.ci_build_actions_artifacts_get_to_many_relationship", locals())

    def list_issues(
        self,
        id: str,
        /,
        *,
        fields_ci_issues: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiIssue]:
        """Every CiIssue across pages, with the pagination guards.

        ``GET /v1/ciBuildActions/{id}/issues`` (ciBuildActions_issues_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-issues
        """
        return self._paginate("ci_build_actions.ci_build_actions_issues_get_to_many_related", locals())

    def list_issues_page(
        self,
        id: str,
        /,
        *,
        fields_ci_issues: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiIssuesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildActions/{id}/issues`` (ciBuildActions_issues_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-issues
        """
        return self._call("ci_build_actions.ci_build_actions_issues_get_to_many_related", locals())

    def list_issues_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiBuildActionIssuesLinkagesResponseDataItem]:
        """Every CiBuildActionIssuesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciBuildActions/{id}/relationships/issues`` (ciBuildActions_issues_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-issues
        """
        return self._paginate("ci_build_actions.ci_build_actions_issues_get_to_many_relationship", locals())

    def list_issues_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildActionIssuesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildActions/{id}/relationships/issues`` (ciBuildActions_issues_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-issues
        """
        return self._call("ci_build_actions.ci_build_actions_issues_get_to_many_relationship", locals())

    def list_test_results(
        self,
        id: str,
        /,
        *,
        fields_ci_test_results: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiTestResult]:
        """Every CiTestResult across pages, with the pagination guards.

        ``GET /v1/ciBuildActions/{id}/testResults`` (ciBuildActions_testResults_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-testresults
        """
        return self._paginate("ci_build_actions.ci_build_actions_test_results_get_to_many_related", locals())

    def list_test_results_page(
        self,
        id: str,
        /,
        *,
        fields_ci_test_results: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiTestResultsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildActions/{id}/testResults`` (ciBuildActions_testResults_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-testresults
        """
        return self._call("ci_build_actions.ci_build_actions_test_results_get_to_many_related", locals())

    def list_test_results_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiBuildActionTestResultsLinkagesResponseDataItem]:
        """Every CiBuildActionTestResultsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciBuildActions/{id}/relationships/testResults`` (ciBuildActions_testResults_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-testresults
        """
        return self._paginate(
            "ci_build_actions.ci_build_actions_test_results_get_to_many_relationship", locals()
        )

    def list_test_results_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildActionTestResultsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildActions/{id}/relationships/testResults`` (ciBuildActions_testResults_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-testresults
        """
        return self._call("ci_build_actions.ci_build_actions_test_results_get_to_many_relationship", locals())


class AsyncCiBuildActions(AsyncResource):
    """`asc.ci_build_actions` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_ci_build_actions: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiBuildActionResponse:
        """One request.

        ``GET /v1/ciBuildActions/{id}`` (ciBuildActions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_
        """
        return await self._call("ci_build_actions.ci_build_actions_get_instance", locals())

    async def get_build_run(
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

        ``GET /v1/ciBuildActions/{id}/buildRun`` (ciBuildActions_buildRun_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-buildrun
        """
        return await self._call("ci_build_actions.ci_build_actions_build_run_get_to_one_related", locals())

    async def get_build_run_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> CiBuildActionBuildRunLinkageResponse:
        """One request.

        ``GET /v1/ciBuildActions/{id}/relationships/buildRun`` (ciBuildActions_buildRun_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-buildrun
        """
        return await self._call(
            "ci_build_actions.ci_build_actions_build_run_get_to_one_relationship", locals()
        )

    def list_artifacts(
        self,
        id: str,
        /,
        *,
        fields_ci_artifacts: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiArtifact]:
        """Every CiArtifact across pages, with the pagination guards.

        ``GET /v1/ciBuildActions/{id}/artifacts`` (ciBuildActions_artifacts_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-artifacts
        """
        return self._paginate("ci_build_actions.ci_build_actions_artifacts_get_to_many_related", locals())

    async def list_artifacts_page(
        self,
        id: str,
        /,
        *,
        fields_ci_artifacts: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiArtifactsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildActions/{id}/artifacts`` (ciBuildActions_artifacts_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-artifacts
        """
        return await self._call("ci_build_actions.ci_build_actions_artifacts_get_to_many_related", locals())

    def list_artifacts_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiBuildActionArtifactsLinkagesResponseDataItem]:
        """Every CiBuildActionArtifactsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciBuildActions/{id}/relationships/artifacts`` (ciBuildActions_artifacts_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-artifacts
        """
        return self._paginate(
            "ci_build_actions.ci_build_actions_artifacts_get_to_many_relationship", locals()
        )

    async def list_artifacts_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildActionArtifactsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildActions/{id}/relationships/artifacts`` (ciBuildActions_artifacts_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-artifacts
        """
        return await self._call(
            "ci_build_actions.ci_build_actions_artifacts_get_to_many_relationship", locals()
        )

    def list_issues(
        self,
        id: str,
        /,
        *,
        fields_ci_issues: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiIssue]:
        """Every CiIssue across pages, with the pagination guards.

        ``GET /v1/ciBuildActions/{id}/issues`` (ciBuildActions_issues_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-issues
        """
        return self._paginate("ci_build_actions.ci_build_actions_issues_get_to_many_related", locals())

    async def list_issues_page(
        self,
        id: str,
        /,
        *,
        fields_ci_issues: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiIssuesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildActions/{id}/issues`` (ciBuildActions_issues_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-issues
        """
        return await self._call("ci_build_actions.ci_build_actions_issues_get_to_many_related", locals())

    def list_issues_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiBuildActionIssuesLinkagesResponseDataItem]:
        """Every CiBuildActionIssuesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciBuildActions/{id}/relationships/issues`` (ciBuildActions_issues_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-issues
        """
        return self._paginate("ci_build_actions.ci_build_actions_issues_get_to_many_relationship", locals())

    async def list_issues_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildActionIssuesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildActions/{id}/relationships/issues`` (ciBuildActions_issues_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-issues
        """
        return await self._call("ci_build_actions.ci_build_actions_issues_get_to_many_relationship", locals())

    def list_test_results(
        self,
        id: str,
        /,
        *,
        fields_ci_test_results: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiTestResult]:
        """Every CiTestResult across pages, with the pagination guards.

        ``GET /v1/ciBuildActions/{id}/testResults`` (ciBuildActions_testResults_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-testresults
        """
        return self._paginate("ci_build_actions.ci_build_actions_test_results_get_to_many_related", locals())

    async def list_test_results_page(
        self,
        id: str,
        /,
        *,
        fields_ci_test_results: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiTestResultsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildActions/{id}/testResults`` (ciBuildActions_testResults_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-testresults
        """
        return await self._call(
            "ci_build_actions.ci_build_actions_test_results_get_to_many_related", locals()
        )

    def list_test_results_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiBuildActionTestResultsLinkagesResponseDataItem]:
        """Every CiBuildActionTestResultsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciBuildActions/{id}/relationships/testResults`` (ciBuildActions_testResults_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-testresults
        """
        return self._paginate(
            "ci_build_actions.ci_build_actions_test_results_get_to_many_relationship", locals()
        )

    async def list_test_results_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildActionTestResultsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciBuildActions/{id}/relationships/testResults`` (ciBuildActions_testResults_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-testresults
        """
        return await self._call(
            "ci_build_actions.ci_build_actions_test_results_get_to_many_relationship", locals()
        )
