"""`asc.scm_providers`: the operations on scm_providers (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.scm_provider import ScmProvider
    from ..models.scm_provider_repositories_linkages_response import ScmProviderRepositoriesLinkagesResponse
    from ..models.scm_provider_repositories_linkages_response_data_item import (
        ScmProviderRepositoriesLinkagesResponseDataItem,
    )
    from ..models.scm_provider_response import ScmProviderResponse
    from ..models.scm_providers_response import ScmProvidersResponse
    from ..models.scm_repositories_response import ScmRepositoriesResponse
    from ..models.scm_repository import ScmRepository

__all__ = ["AsyncScmProviders", "ScmProviders"]


class ScmProviders(SyncResource):
    """`asc.scm_providers`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_scm_providers: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmProviderResponse:
        """One request.

        ``GET /v1/scmProviders/{id}`` (scmProviders_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_
        """
        return self._call("scm_providers.scm_providers_get_instance", locals())

    def list(
        self,
        *,
        fields_scm_providers: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ScmProvider]:
        """Every ScmProvider across pages, with the pagination guards.

        ``GET /v1/scmProviders`` (scmProviders_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders
        """
        return self._paginate("scm_providers.scm_providers_get_collection", locals())

    def list_page(
        self,
        *,
        fields_scm_providers: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ScmProvidersResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmProviders`` (scmProviders_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders
        """
        return self._call("scm_providers.scm_providers_get_collection", locals())

    def list_repositories(
        self,
        id: str,
        /,
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

        ``GET /v1/scmProviders/{id}/repositories`` (scmProviders_repositories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_-repositories
        """
        return self._paginate("scm_providers.scm_providers_repositories_get_to_many_related", locals())

    def list_repositories_page(
        self,
        id: str,
        /,
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

        ``GET /v1/scmProviders/{id}/repositories`` (scmProviders_repositories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_-repositories
        """
        return self._call("scm_providers.scm_providers_repositories_get_to_many_related", locals())

    def list_repositories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ScmProviderRepositoriesLinkagesResponseDataItem]:
        """Every ScmProviderRepositoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/scmProviders/{id}/relationships/repositories`` (scmProviders_repositories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_-relationships-repositories
        """
        return self._paginate("scm_providers.scm_providers_repositories_get_to_many_relationship", locals())

    def list_repositories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ScmProviderRepositoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmProviders/{id}/relationships/repositories`` (scmProviders_repositories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_-relationships-repositories
        """
        return self._call("scm_providers.scm_providers_repositories_get_to_many_relationship", locals())


class AsyncScmProviders(AsyncResource):
    """`asc.scm_providers` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_scm_providers: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmProviderResponse:
        """One request.

        ``GET /v1/scmProviders/{id}`` (scmProviders_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_
        """
        return await self._call("scm_providers.scm_providers_get_instance", locals())

    def list(
        self,
        *,
        fields_scm_providers: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ScmProvider]:
        """Every ScmProvider across pages, with the pagination guards.

        ``GET /v1/scmProviders`` (scmProviders_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders
        """
        return self._paginate("scm_providers.scm_providers_get_collection", locals())

    async def list_page(
        self,
        *,
        fields_scm_providers: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ScmProvidersResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmProviders`` (scmProviders_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders
        """
        return await self._call("scm_providers.scm_providers_get_collection", locals())

    def list_repositories(
        self,
        id: str,
        /,
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

        ``GET /v1/scmProviders/{id}/repositories`` (scmProviders_repositories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_-repositories
        """
        return self._paginate("scm_providers.scm_providers_repositories_get_to_many_related", locals())

    async def list_repositories_page(
        self,
        id: str,
        /,
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

        ``GET /v1/scmProviders/{id}/repositories`` (scmProviders_repositories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_-repositories
        """
        return await self._call("scm_providers.scm_providers_repositories_get_to_many_related", locals())

    def list_repositories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ScmProviderRepositoriesLinkagesResponseDataItem]:
        """Every ScmProviderRepositoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/scmProviders/{id}/relationships/repositories`` (scmProviders_repositories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_-relationships-repositories
        """
        return self._paginate("scm_providers.scm_providers_repositories_get_to_many_relationship", locals())

    async def list_repositories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ScmProviderRepositoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/scmProviders/{id}/relationships/repositories`` (scmProviders_repositories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_-relationships-repositories
        """
        return await self._call("scm_providers.scm_providers_repositories_get_to_many_relationship", locals())
