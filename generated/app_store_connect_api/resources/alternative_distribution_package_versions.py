"""`asc.alternative_distribution_package_versions`: the operations on alternative_distribution_package_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.alternative_distribution_package_delta import AlternativeDistributionPackageDelta
    from ..models.alternative_distribution_package_deltas_response import (
        AlternativeDistributionPackageDeltasResponse,
    )
    from ..models.alternative_distribution_package_variant import AlternativeDistributionPackageVariant
    from ..models.alternative_distribution_package_variants_response import (
        AlternativeDistributionPackageVariantsResponse,
    )
    from ..models.alternative_distribution_package_version_deltas_linkages_response import (
        AlternativeDistributionPackageVersionDeltasLinkagesResponse,
    )
    from ..models.alternative_distribution_package_version_deltas_linkages_response_data_item import (
        AlternativeDistributionPackageVersionDeltasLinkagesResponseDataItem,
    )
    from ..models.alternative_distribution_package_version_response import (
        AlternativeDistributionPackageVersionResponse,
    )
    from ..models.alternative_distribution_package_version_variants_linkages_response import (
        AlternativeDistributionPackageVersionVariantsLinkagesResponse,
    )
    from ..models.alternative_distribution_package_version_variants_linkages_response_data_item import (
        AlternativeDistributionPackageVersionVariantsLinkagesResponseDataItem,
    )

__all__ = ["AlternativeDistributionPackageVersions", "AsyncAlternativeDistributionPackageVersions"]


class AlternativeDistributionPackageVersions(SyncResource):
    """`asc.alternative_distribution_package_versions`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_versions: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_variants: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_deltas: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_deltas: int | None = None,
        limit_variants: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVersionResponse:
        """One request.

        ``GET /v1/alternativeDistributionPackageVersions/{id}`` (alternativeDistributionPackageVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_
        """
        return self._call(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_get_instance",
            locals(),
        )

    def list_deltas(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_deltas: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AlternativeDistributionPackageDelta]:
        """Every AlternativeDistributionPackageDelta across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionPackageVersions/{id}/deltas`` (alternativeDistributionPackageVersions_deltas_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-deltas
        """
        return self._paginate(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_deltas_get_to_many_related",
            locals(),
        )

    def list_deltas_page(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_deltas: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageDeltasResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionPackageVersions/{id}/deltas`` (alternativeDistributionPackageVersions_deltas_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-deltas
        """
        return self._call(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_deltas_get_to_many_related",
            locals(),
        )

    def list_deltas_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AlternativeDistributionPackageVersionDeltasLinkagesResponseDataItem]:
        """Every AlternativeDistributionPackageVersionDeltasLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionPackageVersions/{id}/relationships/deltas`` (alternativeDistributionPackageVersions_deltas_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-relationships-deltas
        """
        return self._paginate(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_deltas_get_to_many_relationship",
            locals(),
        )

    def list_deltas_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVersionDeltasLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionPackageVersions/{id}/relationships/deltas`` (alternativeDistributionPackageVersions_deltas_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-relationships-deltas
        """
        return self._call(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_deltas_get_to_many_relationship",
            locals(),
        )

    def list_variants(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_variants: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AlternativeDistributionPackageVariant]:
        """Every AlternativeDistributionPackageVariant across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionPackageVersions/{id}/variants`` (alternativeDistributionPackageVersions_variants_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-variants
        """
        return self._paginate(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_variants_get_to_many_related",
            locals(),
        )

    def list_variants_page(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_variants: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVariantsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionPackageVersions/{id}/variants`` (alternativeDistributionPackageVersions_variants_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-variants
        """
        return self._call(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_variants_get_to_many_related",
            locals(),
        )

    def list_variants_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AlternativeDistributionPackageVersionVariantsLinkagesResponseDataItem]:
        """Every AlternativeDistributionPackageVersionVariantsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionPackageVersions/{id}/relationships/variants`` (alternativeDistributionPackageVersions_variants_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-relationships-variants
        """
        return self._paginate(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_variants_get_to_many_relationship",
            locals(),
        )

    def list_variants_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVersionVariantsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionPackageVersions/{id}/relationships/variants`` (alternativeDistributionPackageVersions_variants_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-relationships-variants
        """
        return self._call(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_variants_get_to_many_relationship",
            locals(),
        )


class AsyncAlternativeDistributionPackageVersions(AsyncResource):
    """`asc.alternative_distribution_package_versions` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_versions: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_variants: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_deltas: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_deltas: int | None = None,
        limit_variants: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVersionResponse:
        """One request.

        ``GET /v1/alternativeDistributionPackageVersions/{id}`` (alternativeDistributionPackageVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_
        """
        return await self._call(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_get_instance",
            locals(),
        )

    def list_deltas(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_deltas: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AlternativeDistributionPackageDelta]:
        """Every AlternativeDistributionPackageDelta across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionPackageVersions/{id}/deltas`` (alternativeDistributionPackageVersions_deltas_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-deltas
        """
        return self._paginate(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_deltas_get_to_many_related",
            locals(),
        )

    async def list_deltas_page(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_deltas: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageDeltasResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionPackageVersions/{id}/deltas`` (alternativeDistributionPackageVersions_deltas_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-deltas
        """
        return await self._call(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_deltas_get_to_many_related",
            locals(),
        )

    def list_deltas_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AlternativeDistributionPackageVersionDeltasLinkagesResponseDataItem]:
        """Every AlternativeDistributionPackageVersionDeltasLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionPackageVersions/{id}/relationships/deltas`` (alternativeDistributionPackageVersions_deltas_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-relationships-deltas
        """
        return self._paginate(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_deltas_get_to_many_relationship",
            locals(),
        )

    async def list_deltas_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVersionDeltasLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionPackageVersions/{id}/relationships/deltas`` (alternativeDistributionPackageVersions_deltas_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-relationships-deltas
        """
        return await self._call(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_deltas_get_to_many_relationship",
            locals(),
        )

    def list_variants(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_variants: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AlternativeDistributionPackageVariant]:
        """Every AlternativeDistributionPackageVariant across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionPackageVersions/{id}/variants`` (alternativeDistributionPackageVersions_variants_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-variants
        """
        return self._paginate(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_variants_get_to_many_related",
            locals(),
        )

    async def list_variants_page(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_variants: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVariantsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionPackageVersions/{id}/variants`` (alternativeDistributionPackageVersions_variants_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-variants
        """
        return await self._call(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_variants_get_to_many_related",
            locals(),
        )

    def list_variants_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AlternativeDistributionPackageVersionVariantsLinkagesResponseDataItem]:
        """Every AlternativeDistributionPackageVersionVariantsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionPackageVersions/{id}/relationships/variants`` (alternativeDistributionPackageVersions_variants_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-relationships-variants
        """
        return self._paginate(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_variants_get_to_many_relationship",
            locals(),
        )

    async def list_variants_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVersionVariantsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionPackageVersions/{id}/relationships/variants`` (alternativeDistributionPackageVersions_variants_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-relationships-variants
        """
        return await self._call(
            "alternative_distribution_package_versions.alternative_distribution_package_versions_variants_get_to_many_relationship",
            locals(),
        )
