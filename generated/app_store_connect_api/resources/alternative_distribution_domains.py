"""`asc.alternative_distribution_domains`: the operations on alternative_distribution_domains (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.alternative_distribution_domain import AlternativeDistributionDomain
    from ..models.alternative_distribution_domain_create_request import (
        AlternativeDistributionDomainCreateRequest,
    )
    from ..models.alternative_distribution_domain_response import AlternativeDistributionDomainResponse
    from ..models.alternative_distribution_domains_response import AlternativeDistributionDomainsResponse

__all__ = ["AlternativeDistributionDomains", "AsyncAlternativeDistributionDomains"]

_CREATE_BODY = Body(
    "alternativeDistributionDomains",
    {"domain": ("domain", "string", True), "reference_name": ("referenceName", "string", True)},
    {},
)


class AlternativeDistributionDomains(SyncResource):
    """`asc.alternative_distribution_domains`."""

    def create(
        self,
        /,
        body: AlternativeDistributionDomainCreateRequest | Mapping[str, Any] | None = None,
        *,
        domain: str | Unset = UNSET,
        reference_name: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AlternativeDistributionDomainResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/alternativeDistributionDomains`` (alternativeDistributionDomains_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-alternativedistributiondomains
        """
        return self._write(
            "alternative_distribution_domains.alternative_distribution_domains_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/alternativeDistributionDomains/{id}`` (alternativeDistributionDomains_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-alternativedistributiondomains-_id_
        """
        return self._call(
            "alternative_distribution_domains.alternative_distribution_domains_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_domains: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionDomainResponse:
        """One request.

        ``GET /v1/alternativeDistributionDomains/{id}`` (alternativeDistributionDomains_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributiondomains-_id_
        """
        return self._call(
            "alternative_distribution_domains.alternative_distribution_domains_get_instance", locals()
        )

    def list(
        self,
        *,
        fields_alternative_distribution_domains: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AlternativeDistributionDomain]:
        """Every AlternativeDistributionDomain across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionDomains`` (alternativeDistributionDomains_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributiondomains
        """
        return self._paginate(
            "alternative_distribution_domains.alternative_distribution_domains_get_collection", locals()
        )

    def list_page(
        self,
        *,
        fields_alternative_distribution_domains: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionDomainsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionDomains`` (alternativeDistributionDomains_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributiondomains
        """
        return self._call(
            "alternative_distribution_domains.alternative_distribution_domains_get_collection", locals()
        )


class AsyncAlternativeDistributionDomains(AsyncResource):
    """`asc.alternative_distribution_domains` (async)."""

    async def create(
        self,
        /,
        body: AlternativeDistributionDomainCreateRequest | Mapping[str, Any] | None = None,
        *,
        domain: str | Unset = UNSET,
        reference_name: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AlternativeDistributionDomainResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/alternativeDistributionDomains`` (alternativeDistributionDomains_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-alternativedistributiondomains
        """
        return await self._write(
            "alternative_distribution_domains.alternative_distribution_domains_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/alternativeDistributionDomains/{id}`` (alternativeDistributionDomains_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-alternativedistributiondomains-_id_
        """
        return await self._call(
            "alternative_distribution_domains.alternative_distribution_domains_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_domains: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionDomainResponse:
        """One request.

        ``GET /v1/alternativeDistributionDomains/{id}`` (alternativeDistributionDomains_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributiondomains-_id_
        """
        return await self._call(
            "alternative_distribution_domains.alternative_distribution_domains_get_instance", locals()
        )

    def list(
        self,
        *,
        fields_alternative_distribution_domains: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AlternativeDistributionDomain]:
        """Every AlternativeDistributionDomain across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionDomains`` (alternativeDistributionDomains_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributiondomains
        """
        return self._paginate(
            "alternative_distribution_domains.alternative_distribution_domains_get_collection", locals()
        )

    async def list_page(
        self,
        *,
        fields_alternative_distribution_domains: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionDomainsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionDomains`` (alternativeDistributionDomains_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributiondomains
        """
        return await self._call(
            "alternative_distribution_domains.alternative_distribution_domains_get_collection", locals()
        )
