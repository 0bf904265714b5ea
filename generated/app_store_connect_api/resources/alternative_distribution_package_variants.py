"""`asc.alternative_distribution_package_variants`: the operations on alternative_distribution_package_variants (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.alternative_distribution_package_variant_response import (
        AlternativeDistributionPackageVariantResponse,
    )

__all__ = ["AlternativeDistributionPackageVariants", "AsyncAlternativeDistributionPackageVariants"]


class AlternativeDistributionPackageVariants(SyncResource):
    """`asc.alternative_distribution_package_variants`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_variants: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVariantResponse:
        """One request.

        ``GET /v1/alternativeDistributionPackageVariants/{id}`` (alternativeDistributionPackageVariants_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackagevariants-_id_
        """
        return self._call(
            "alternative_distribution_package_variants.alternative_distribution_package_variants_get_instance",
            locals(),
        )


class AsyncAlternativeDistributionPackageVariants(AsyncResource):
    """`asc.alternative_distribution_package_variants` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_variants: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageVariantResponse:
        """One request.

        ``GET /v1/alternativeDistributionPackageVariants/{id}`` (alternativeDistributionPackageVariants_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackagevariants-_id_
        """
        return await self._call(
            "alternative_distribution_package_variants.alternative_distribution_package_variants_get_instance",
            locals(),
        )
