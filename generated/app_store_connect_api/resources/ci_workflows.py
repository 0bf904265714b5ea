"""`asc.ci_workflows`: the operations on ci_workflows (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.ci_build_run import CiBuildRun
    from ..models.ci_build_runs_response import CiBuildRunsResponse
    from ..models.ci_workflow_build_runs_linkages_response import CiWorkflowBuildRunsLinkagesResponse
    from ..models.ci_workflow_build_runs_linkages_response_data_item import (
        CiWorkflowBuildRunsLinkagesResponseDataItem,
    )
    from ..models.ci_workflow_create_request import CiWorkflowCreateRequest
    from ..models.ci_workflow_repository_linkage_response import CiWorkflowRepositoryLinkageResponse
    from ..models.ci_workflow_response import CiWorkflowResponse
    from ..models.ci_workflow_update_request import CiWorkflowUpdateRequest
    from ..models.scm_repository_response import ScmRepositoryResponse

__all__ = ["AsyncCiWorkflows", "CiWorkflows"]

_CREATE_BODY = Body(
    "ciWorkflows",
    {
        "name": ("name", "string", True),
        "description": ("description", "string", True),
        "branch_start_condition": ("branchStartCondition", "object", False),
        "tag_start_condition": ("tagStartCondition", "object", False),
        "pull_request_start_condition": ("pullRequestStartCondition", "object", False),
        "scheduled_start_condition": ("scheduledStartCondition", "object", False),
        "manual_branch_start_condition": ("manualBranchStartCondition", "object", False),
        "manual_tag_start_condition": ("manualTagStartCondition", "object", False),
        "manual_pull_request_start_condition": ("manualPullRequestStartCondition", "object", False),
        "actions": ("actions", "array", True),
        "is_enabled": ("isEnabled", "boolean", True),
        "is_locked_for_editing": ("isLockedForEditing", "boolean", False),
        "clean": ("clean", "boolean", True),
        "container_file_path": ("containerFilePath", "string", True),
    },
    {
        "product": ("product", "ciProducts", False, True),
        "repository": ("repository", "scmRepositories", False, True),
        "xcode_version": ("xcodeVersion", "ciXcodeVersions", False, True),
        "mac_os_version": ("macOsVersion", "ciMacOsVersions", False, True),
    },
)
_UPDATE_BODY = Body(
    "ciWorkflows",
    {
        "name": ("name", "string", False),
        "description": ("description", "string", False),
        "branch_start_condition": ("branchStartCondition", "object", False),
        "tag_start_condition": ("tagStartCondition", "object", False),
        "pull_request_start_condition": ("pullRequestStartCondition", "object", False),
        "scheduled_start_condition": ("scheduledStartCondition", "object", False),
        "manual_branch_start_condition": ("manualBranchStartCondition", "object", False),
        "manual_tag_start_condition": ("manualTagStartCondition", "object", False),
        "manual_pull_request_start_condition": ("manualPullRequestStartCondition", "object", False),
        "actions": ("actions", "array", False),
        "is_enabled": ("isEnabled", "boolean", False),
        "is_locked_for_editing": ("isLockedForEditing", "boolean", False),
        "clean": ("clean", "boolean", False),
        "container_file_path": ("containerFilePath", "string", False),
    },
    {
        "xcode_version": ("xcodeVersion", "ciXcodeVersions", False, False),
        "mac_os_version": ("macOsVersion", "ciMacOsVersions", False, False),
    },
)


class CiWorkflows(SyncResource):
    """`asc.ci_workflows`."""

    def create(
        self,
        /,
        body: CiWorkflowCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        branch_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        tag_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        pull_request_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        scheduled_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        manual_branch_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        manual_tag_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        manual_pull_request_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        actions: Sequence[Any] | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        is_locked_for_editing: bool | None | Unset = UNSET,
        clean: bool | Unset = UNSET,
        container_file_path: str | Unset = UNSET,
        product: str | Unset = UNSET,
        repository: str | Unset = UNSET,
        xcode_version: str | Unset = UNSET,
        mac_os_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> CiWorkflowResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/ciWorkflows`` (ciWorkflows_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-ciworkflows
        """
        return self._write("ci_workflows.ci_workflows_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/ciWorkflows/{id}`` (ciWorkflows_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-ciworkflows-_id_
        """
        return self._call("ci_workflows.ci_workflows_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiWorkflowResponse:
        """One request.

        ``GET /v1/ciWorkflows/{id}`` (ciWorkflows_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_
        """
        return self._call("ci_workflows.ci_workflows_get_instance", locals())

    def get_repository(
        self,
        id: str,
        /,
        *,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmRepositoryResponse:
        """One request.

        ``GET /v1/ciWorkflows/{id}/repository`` (ciWorkflows_repository_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-repository
        """
        return self._call("ci_workflows.ci_workflows_repository_get_to_one_related", locals())

    def get_repository_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> CiWorkflowRepositoryLinkageResponse:
        """One request.

        ``GET /v1/ciWorkflows/{id}/relationships/repository`` (ciWorkflows_repository_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-relationships-repository
        """
        return self._call("ci_workflows.ci_workflows_repository_get_to_one_relationship", locals())

    def list_build_runs(
        self,
        id: str,
        /,
        *,
        filter_builds: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiBuildRun]:
        """Every CiBuildRun across pages, with the pagination guards.

        ``GET /v1/ciWorkflows/{id}/buildRuns`` (ciWorkflows_buildRuns_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-buildruns
        """
        return self._paginate("ci_workflows.ci_workflows_build_runs_get_to_many_related", locals())

    def list_build_runs_page(
        self,
        id: str,
        /,
        *,
        filter_builds: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildRunsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciWorkflows/{id}/buildRuns`` (ciWorkflows_buildRuns_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-buildruns
        """
        return self._call("ci_workflows.ci_workflows_build_runs_get_to_many_related", locals())

    def list_build_runs_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiWorkflowBuildRunsLinkagesResponseDataItem]:
        """Every CiWorkflowBuildRunsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciWorkflows/{id}/relationships/buildRuns`` (ciWorkflows_buildRuns_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-relationships-buildruns
        """
        return self._paginate("ci_workflows.ci_workflows_build_runs_get_to_many_relationship", locals())

    def list_build_runs_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiWorkflowBuildRunsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciWorkflows/{id}/relationships/buildRuns`` (ciWorkflows_buildRuns_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-relationships-buildruns
        """
        return self._call("ci_workflows.ci_workflows_build_runs_get_to_many_relationship", locals())

    def update(
        self,
        id: str,
        /,
        body: CiWorkflowUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        branch_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        tag_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        pull_request_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        scheduled_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        manual_branch_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        manual_tag_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        manual_pull_request_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        actions: Sequence[Any] | None | Unset = UNSET,
        is_enabled: bool | None | Unset = UNSET,
        is_locked_for_editing: bool | None | Unset = UNSET,
        clean: bool | None | Unset = UNSET,
        container_file_path: str | None | Unset = UNSET,
        xcode_version: str | None | Unset = UNSET,
        mac_os_version: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> CiWorkflowResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/ciWorkflows/{id}`` (ciWorkflows_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-ciworkflows-_id_
        """
        return self._write("ci_workflows.ci_workflows_update_instance", locals(), _UPDATE_BODY)


class AsyncCiWorkflows(AsyncResource):
    """`asc.ci_workflows` (async)."""

    async def create(
        self,
        /,
        body: CiWorkflowCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        branch_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        tag_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        pull_request_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        scheduled_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        manual_branch_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        manual_tag_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        manual_pull_request_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        actions: Sequence[Any] | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        is_locked_for_editing: bool | None | Unset = UNSET,
        clean: bool | Unset = UNSET,
        container_file_path: str | Unset = UNSET,
        product: str | Unset = UNSET,
        repository: str | Unset = UNSET,
        xcode_version: str | Unset = UNSET,
        mac_os_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> CiWorkflowResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/ciWorkflows`` (ciWorkflows_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-ciworkflows
        """
        return await self._write("ci_workflows.ci_workflows_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/ciWorkflows/{id}`` (ciWorkflows_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-ciworkflows-_id_
        """
        return await self._call("ci_workflows.ci_workflows_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiWorkflowResponse:
        """One request.

        ``GET /v1/ciWorkflows/{id}`` (ciWorkflows_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_
        """
        return await self._call("ci_workflows.ci_workflows_get_instance", locals())

    async def get_repository(
        self,
        id: str,
        /,
        *,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmRepositoryResponse:
        """One request.

        ``GET /v1/ciWorkflows/{id}/repository`` (ciWorkflows_repository_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-repository
        """
        return await self._call("ci_workflows.ci_workflows_repository_get_to_one_related", locals())

    async def get_repository_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> CiWorkflowRepositoryLinkageResponse:
        """One request.

        ``GET /v1/ciWorkflows/{id}/relationships/repository`` (ciWorkflows_repository_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-relationships-repository
        """
        return await self._call("ci_workflows.ci_workflows_repository_get_to_one_relationship", locals())

    def list_build_runs(
        self,
        id: str,
        /,
        *,
        filter_builds: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiBuildRun]:
        """Every CiBuildRun across pages, with the pagination guards.

        ``GET /v1/ciWorkflows/{id}/buildRuns`` (ciWorkflows_buildRuns_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-buildruns
        """
        return self._paginate("ci_workflows.ci_workflows_build_runs_get_to_many_related", locals())

    async def list_build_runs_page(
        self,
        id: str,
        /,
        *,
        filter_builds: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildRunsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciWorkflows/{id}/buildRuns`` (ciWorkflows_buildRuns_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-buildruns
        """
        return await self._call("ci_workflows.ci_workflows_build_runs_get_to_many_related", locals())

    def list_build_runs_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiWorkflowBuildRunsLinkagesResponseDataItem]:
        """Every CiWorkflowBuildRunsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciWorkflows/{id}/relationships/buildRuns`` (ciWorkflows_buildRuns_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-relationships-buildruns
        """
        return self._paginate("ci_workflows.ci_workflows_build_runs_get_to_many_relationship", locals())

    async def list_build_runs_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiWorkflowBuildRunsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciWorkflows/{id}/relationships/buildRuns`` (ciWorkflows_buildRuns_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-relationships-buildruns
        """
        return await self._call("ci_workflows.ci_workflows_build_runs_get_to_many_relationship", locals())

    async def update(
        self,
        id: str,
        /,
        body: CiWorkflowUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        branch_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        tag_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        pull_request_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        scheduled_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        manual_branch_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        manual_tag_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        manual_pull_request_start_condition: Mapping[str, Any] | None | Unset = UNSET,
        actions: Sequence[Any] | None | Unset = UNSET,
        is_enabled: bool | None | Unset = UNSET,
        is_locked_for_editing: bool | None | Unset = UNSET,
        clean: bool | None | Unset = UNSET,
        container_file_path: str | None | Unset = UNSET,
        xcode_version: str | None | Unset = UNSET,
        mac_os_version: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> CiWorkflowResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/ciWorkflows/{id}`` (ciWorkflows_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-ciworkflows-_id_
        """
        return await self._write("ci_workflows.ci_workflows_update_instance", locals(), _UPDATE_BODY)
