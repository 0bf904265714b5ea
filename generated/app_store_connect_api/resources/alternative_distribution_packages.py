"""`asc.alternative_distribution_packages`: the operations on alternative_distribution_packages (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.alternative_distribution_package_create_request import (
        AlternativeDistributionPackageCreateRequest,
    )
    from ..models.alternative_distribution_package_response import AlternativeDistributionPackageResponse
    from ..models.alternative_distribution_package_version import AlternativeDistributionPackageVersion
    from ..models.alternative_distribution_package_versions_linkages_response import (
        AlternativeDistributionPackageVersionsLinkagesResponse,
    )
    from ..models.alternative_distribution_package_versions_linkages_response_data_item import (
        AlternativeDistributionPackageVersionsLinkagesResponseDataItem,
    )
    from ..models.alternative_distribution_package_versions_response import (
        AlternativeDistributionPackageVersionsResponse,
    )

__all__ = ["AlternativeDistributionPackages", "AsyncAlternativeDistributionPackages"]

_CREATE_BODY = Body(
    "alternativeDistributionPackages",
    {},
    {"app_store_version": ("appStoreVersion", "appStoreVersions", False, True)},
)


class AlternativeDistributionPackages(SyncResource):
    """`asc.alternative_distribution_packages`."""

    def create(
        self,
        /,
        body: AlternativeDistributionPackageCreateRequest | Mapping[str, Any] | None = None,
        *,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/alternativeDistributionPackages`` (alternativeDistributionPackages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-alternativedistributionpackages
        """
        return self._write(
            "alternative_distribution_packages.alternative_distribution_packages_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageResponse:
        """One request.

        ``GET /v1/alternativeDistributionPackages/{id}`` (alternativeDistributionPackages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_
        """
        return self._call(
            "alternative_distribution_packages.alternative_distribution_packages_get_instance", locals()
        )

    def list_versions(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_versions: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_variants: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_deltas: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_variants: int | None = None,
        limit_deltas: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AlternativeDistributionPackageVersion]:
        """Every AlternativeDistributionPackageVersion across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionPackages/{id}/versions`` (alternativeDistributionPackages_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-versions
        """
        return self._paginate(
            "alternative_distribution_packages.alternative_distribution_packages_versions_get_to_many_related",
            locals(),
        )

    def list_versions_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_versions: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_variants: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_deltas: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_variants: int | None = None,
        limit_deltas: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionPackages/{id}/versions`` (alternativeDistributionPackages_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-versions
        """
        return self._call(
            "alternative_distribution_packages.alternative_distribution_packages_versions_get_to_many_related",
            locals(),
        )

    def list_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AlternativeDistributionPackageVersionsLinkagesResponseDataItem]:
        """Every AlternativeDistributionPackageVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionPackages/{id}/relationships/versions`` (alternativeDistributionPackages_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-relationships-versions
        """
        return self._paginate(
            "alternative_distribution_packages.alternative_distribution_packages_versions_get_to_many_relationship",
            locals(),
        )

    def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionPackages/{id}/relationships/versions`` (alternativeDistributionPackages_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-relationships-versions
        """
        return self._call(
            "alternative_distribution_packages.alternative_distribution_packages_versions_get_to_many_relationship",
            locals(),
        )


class AsyncAlternativeDistributionPackages(AsyncResource):
    """`asc.alternative_distribution_packages` (async)."""

    async def create(
        self,
        /,
        body: AlternativeDistributionPackageCreateRequest | Mapping[str, Any] | None = None,
        *,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/alternativeDistributionPackages`` (alternativeDistributionPackages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-alternativedistributionpackages
        """
        return await self._write(
            "alternative_distribution_packages.alternative_distribution_packages_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageResponse:
        """One request.

        ``GET /v1/alternativeDistributionPackages/{id}`` (alternativeDistributionPackages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_
        """
        return await self._call(
            "alternative_distribution_packages.alternative_distribution_packages_get_instance", locals()
        )

    def list_versions(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_versions: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_variants: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_deltas: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_variants: int | None = None,
        limit_deltas: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AlternativeDistributionPackageVersion]:
        """Every AlternativeDistributionPackageVersion across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionPackages/{id}/versions`` (alternativeDistributionPackages_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-versions
        """
        return self._paginate(
            "alternative_distribution_packages.alternative_distribution_packages_versions_get_to_many_related",
            locals(),
        )

    async def list_versions_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_versions: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_variants: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_deltas: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_variants: int | None = None,
        limit_deltas: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionPackages/{id}/versions`` (alternativeDistributionPackages_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-versions
        """
        return await self._call(
            "alternative_distribution_packages.alternative_distribution_packages_versions_get_to_many_related",
            locals(),
        )

    def list_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AlternativeDistributionPackageVersionsLinkagesResponseDataItem]:
        """Every AlternativeDistributionPackageVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionPackages/{id}/relationships/versions`` (alternativeDistributionPackages_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-relationships-versions
        """
        return self._paginate(
            "alternative_distribution_packages.alternative_distribution_packages_versions_get_to_many_relationship",
            locals(),
        )

    async def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionPackages/{id}/relationships/versions`` (alternativeDistributionPackages_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-relationships-versions
        """
        return await self._call(
            "alternative_distribution_packages.alternative_distribution_packages_versions_get_to_many_relationship",
            locals(),
        )
