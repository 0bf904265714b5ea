"""`asc.scm_repositories`: the operations on scm_repositories (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.scm_git_reference import ScmGitReference
    from ..models.scm_git_references_response import ScmGitReferencesResponse
    from ..models.scm_pull_request import ScmPullRequest
    from ..models.scm_pull_requests_response import ScmPullRequestsResponse
    from ..models.scm_repositories_response import ScmRepositoriesResponse
    from ..models.scm_repository import ScmRepository
    from ..models.scm_repository_git_references_linkages_response import (
        ScmRepositoryGitReferencesLinkagesResponse,
    )
    from ..models.scm_repository_git_references_linkages_response_data_item import (
        ScmRepositoryGitReferencesLinkagesResponseDataItem,
    )
    from ..models.scm_repository_pull_requests_linkages_response import (
        ScmRepositoryPullRequestsLinkagesResponse,
    )
    from ..models.scm_repository_pull_requests_linkages_response_data_item import (
        ScmRepositoryPullRequestsLinkagesResponseDataItem,
    )
    from ..models.scm_repository_response import ScmRepositoryResponse

__all__ = ["AsyncScmRepositories", "ScmRepositories"]


class ScmRepositories(SyncResource):
    """`asc.scm_repositories`."""

    def get(
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

        ``GET /v1/scmRepositories/{id}`` (scmRepositories_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_
        """
        return self._call("scm_repositories.scm_repositories_get_instance", locals())

    def list(
        self,
        *,
        filter_id: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ScmRepository]:
        """Every ScmRepository across pages, with the pagination guards.

        ``GET /v1/scmRepositories`` (scmRepositories_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories
        """
        return self._paginate("scm_repositories.scm_repositories_get_collection", locals())

    def list_page(
        self,
        *,
        filter_id: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmRepositoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmRepositories`` (scmRepositories_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories
        """
        return self._call("scm_repositories.scm_repositories_get_collection", locals())

    def list_git_references(
        self,
        id: str,
        /,
        *,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ScmGitReference]:
        """Every ScmGitReference across pages, with the pagination guards.

        ``GET /v1/scmRepositories/{id}/gitReferences`` (scmRepositories_gitReferences_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-gitreferences
        """
        return self._paginate(
            "scm_repositories.scm_repositories_git_references_get_to_many_related", locals()
        )

    def list_git_references_page(
        self,
        id: str,
        /,
        *,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmGitReferencesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmRepositories/{id}/gitReferences`` (scmRepositories_gitReferences_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-gitreferences
        """
        return self._call("scm_repositories.scm_repositories_git_references_get_to_many_related", locals())

    def list_git_references_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ScmRepositoryGitReferencesLinkagesResponseDataItem]:
        """Every ScmRepositoryGitReferencesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/scmRepositories/{id}/relationships/gitReferences`` (scmRepositories_gitReferences_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-relationships-gitreferences
        """
        return self._paginate(
            "scm_repositories.scm_repositories_git_references_get_to_many_relationship", locals()
        )

    def list_git_references_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ScmRepositoryGitReferencesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmRepositories/{id}/relationships/gitReferences`` (scmRepositories_gitReferences_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-relationships-gitreferences
        """
        return self._call(
            "scm_repositories.scm_repositories_git_references_get_to_many_relationship", locals()
        )

    def list_pull_requests(
        self,
        id: str,
        /,
        *,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ScmPullRequest]:
        """Every ScmPullRequest across pages, with the pagination guards.

        ``GET /v1/scmRepositories/{id}/pullRequests`` (scmRepositories_pullRequests_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-pullrequests
        """
        return self._paginate("scm_repositories.scm_repositories_pull_requests_get_to_many_related", locals())

    def list_pull_requests_page(
        self,
        id: str,
        /,
        *,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmPullRequestsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmRepositories/{id}/pullRequests`` (scmRepositories_pullRequests_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-pullrequests
        """
        return self._call("scm_repositories.scm_repositories_pull_requests_get_to_many_related", locals())

    def list_pull_requests_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ScmRepositoryPullRequestsLinkagesResponseDataItem]:
        """Every ScmRepositoryPullRequestsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/scmRepositories/{id}/relationships/pullRequests`` (scmRepositories_pullRequests_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-relationships-pullrequests
        """
        return self._paginate(
            "scm_repositories.scm_repositories_pull_requests_get_to_many_relationship", locals()
        )

    def list_pull_requests_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ScmRepositoryPullRequestsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmRepositories/{id}/relationships/pullRequests`` (scmRepositories_pullRequests_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-relationships-pullrequests
        """
        return self._call(
            "scm_repositories.scm_repositories_pull_requests_get_to_many_relationship", locals()
        )


class AsyncScmRepositories(AsyncResource):
    """`asc.scm_repositories` (async)."""

    async def get(
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

        ``GET /v1/scmRepositories/{id}`` (scmRepositories_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_
        """
        return await self._call("scm_repositories.scm_repositories_get_instance", locals())

    def list(
        self,
        *,
        filter_id: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ScmRepository]:
        """Every ScmRepository across pages, with the pagination guards.

        ``GET /v1/scmRepositories`` (scmRepositories_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories
        """
        return self._paginate("scm_repositories.scm_repositories_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_id: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmRepositoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmRepositories`` (scmRepositories_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories
        """
        return await self._call("scm_repositories.scm_repositories_get_collection", locals())

    def list_git_references(
        self,
        id: str,
        /,
        *,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ScmGitReference]:
        """Every ScmGitReference across pages, with the pagination guards.

        ``GET /v1/scmRepositories/{id}/gitReferences`` (scmRepositories_gitReferences_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-gitreferences
        """
        return self._paginate(
            "scm_repositories.scm_repositories_git_references_get_to_many_related", locals()
        )

    async def list_git_references_page(
        self,
        id: str,
        /,
        *,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmGitReferencesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmRepositories/{id}/gitReferences`` (scmRepositories_gitReferences_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-gitreferences
        """
        return await self._call(
            "scm_repositories.scm_repositories_git_references_get_to_many_related", locals()
        )

    def list_git_references_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ScmRepositoryGitReferencesLinkagesResponseDataItem]:
        """Every ScmRepositoryGitReferencesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/scmRepositories/{id}/relationships/gitReferences`` (scmRepositories_gitReferences_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-relationships-gitreferences
        """
        return self._paginate(
            "scm_repositories.scm_repositories_git_references_get_to_many_relationship", locals()
        )

    async def list_git_references_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ScmRepositoryGitReferencesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmRepositories/{id}/relationships/gitReferences`` (scmRepositories_gitReferences_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-relationships-gitreferences
        """
        return await self._call(
            "scm_repositories.scm_repositories_git_references_get_to_many_relationship", locals()
        )

    def list_pull_requests(
        self,
        id: str,
        /,
        *,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ScmPullRequest]:
        """Every ScmPullRequest across pages, with the pagination guards.

        ``GET /v1/scmRepositories/{id}/pullRequests`` (scmRepositories_pullRequests_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-pullrequests
        """
        return self._paginate("scm_repositories.scm_repositories_pull_requests_get_to_many_related", locals())

    async def list_pull_requests_page(
        self,
        id: str,
        /,
        *,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmPullRequestsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmRepositories/{id}/pullRequests`` (scmRepositories_pullRequests_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-pullrequests
        """
        return await self._call(
            "scm_repositories.scm_repositories_pull_requests_get_to_many_related", locals()
        )

    def list_pull_requests_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ScmRepositoryPullRequestsLinkagesResponseDataItem]:
        """Every ScmRepositoryPullRequestsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/scmRepositories/{id}/relationships/pullRequests`` (scmRepositories_pullRequests_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-relationships-pullrequests
        """
        return self._paginate(
            "scm_repositories.scm_repositories_pull_requests_get_to_many_relationship", locals()
        )

    async def list_pull_requests_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ScmRepositoryPullRequestsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmRepositories/{id}/relationships/pullRequests`` (scmRepositories_pullRequests_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-relationships-pullrequests
        """
        return await self._call(
            "scm_repositories.scm_repositories_pull_requests_get_to_many_relationship", locals()
        )
