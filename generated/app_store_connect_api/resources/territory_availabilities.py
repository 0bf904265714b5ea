"""`asc.territory_availabilities`: the operations on territory_availabilities (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date

    from app_store_connect._resources import Timeout

    from ..models.territory_availability_response import TerritoryAvailabilityResponse
    from ..models.territory_availability_update_request import TerritoryAvailabilityUpdateRequest

__all__ = ["AsyncTerritoryAvailabilities", "TerritoryAvailabilities"]

_UPDATE_BODY = Body(
    "territoryAvailabilities",
    {
        "available": ("available", "boolean", False),
        "release_date": ("releaseDate", "string", False),
        "pre_order_enabled": ("preOrderEnabled", "boolean", False),
    },
    {},
)


class TerritoryAvailabilities(SyncResource):
    """`asc.territory_availabilities`."""

    def update(
        self,
        id: str,
        /,
        body: TerritoryAvailabilityUpdateRequest | Mapping[str, Any] | None = None,
        *,
        available: bool | None | Unset = UNSET,
        release_date: str | date | None | Unset = UNSET,
        pre_order_enabled: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> TerritoryAvailabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/territoryAvailabilities/{id}`` (territoryAvailabilities_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-territoryavailabilities-_id_
        """
        return self._write(
            "territory_availabilities.territory_availabilities_update_instance", locals(), _UPDATE_BODY
        )


class AsyncTerritoryAvailabilities(AsyncResource):
    """`asc.territory_availabilities` (async)."""

    async def update(
        self,
        id: str,
        /,
        body: TerritoryAvailabilityUpdateRequest | Mapping[str, Any] | None = None,
        *,
        available: bool | None | Unset = UNSET,
        release_date: str | date | None | Unset = UNSET,
        pre_order_enabled: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> TerritoryAvailabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/territoryAvailabilities/{id}`` (territoryAvailabilities_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-territoryavailabilities-_id_
        """
        return await self._write(
            "territory_availabilities.territory_availabilities_update_instance", locals(), _UPDATE_BODY
        )
