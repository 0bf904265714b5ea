"""`asc.alternative_distribution_package_deltas`: the operations on alternative_distribution_package_deltas (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.alternative_distribution_package_delta_response import (
        AlternativeDistributionPackageDeltaResponse,
    )

__all__ = ["AlternativeDistributionPackageDeltas", "AsyncAlternativeDistributionPackageDeltas"]


class AlternativeDistributionPackageDeltas(SyncResource):
    """`asc.alternative_distribution_package_deltas`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_deltas: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageDeltaResponse:
        """One request.

        ``GET /v1/alternativeDistributionPackageDeltas/{id}`` (alternativeDistributionPackageDeltas_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackagedeltas-_id_
        """
        return self._call(
            "alternative_distribution_package_deltas.alternative_distribution_package_deltas_get_instance",
            locals(),
        )


class AsyncAlternativeDistributionPackageDeltas(AsyncResource):
    """`asc.alternative_distribution_package_deltas` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_package_deltas: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageDeltaResponse:
        """One request.

        ``GET /v1/alternativeDistributionPackageDeltas/{id}`` (alternativeDistributionPackageDeltas_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackagedeltas-_id_
        """
        return await self._call(
            "alternative_distribution_package_deltas.alternative_distribution_package_deltas_get_instance",
            locals(),
        )
