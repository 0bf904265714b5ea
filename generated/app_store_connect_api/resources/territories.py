"""`asc.territories`: the operations on territories (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.territories_response import TerritoriesResponse
    from ..models.territory import Territory

__all__ = ["AsyncTerritories", "Territories"]


class Territories(SyncResource):
    """`asc.territories`."""

    def list(
        self,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Territory]:
        """Every Territory across pages, with the pagination guards.

        ``GET /v1/territories`` (territories_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-territories
        """
        return self._paginate("territories.territories_get_collection", locals())

    def list_page(
        self,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> TerritoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/territories`` (territories_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-territories
        """
        return self._call("territories.territories_get_collection", locals())


class AsyncTerritories(AsyncResource):
    """`asc.territories` (async)."""

    def list(
        self,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Territory]:
        """Every Territory across pages, with the pagination guards.

        ``GET /v1/territories`` (territories_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-territories
        """
        return self._paginate("territories.territories_get_collection", locals())

    async def list_page(
        self,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> TerritoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/territories`` (territories_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-territories
        """
        return await self._call("territories.territories_get_collection", locals())
