"""`asc.actors`: the operations on actors (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.actor import Actor
    from ..models.actor_response import ActorResponse
    from ..models.actors_response import ActorsResponse

__all__ = ["Actors", "AsyncActors"]


class Actors(SyncResource):
    """`asc.actors`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_actors: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ActorResponse:
        """One request.

        ``GET /v1/actors/{id}`` (actors_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors-_id_
        """
        return self._call("actors.actors_get_instance", locals())

    def list(
        self,
        *,
        filter_id: str | Sequence[str],
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Actor]:
        """Every Actor across pages, with the pagination guards.

        ``GET /v1/actors`` (actors_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors
        """
        return self._paginate("actors.actors_get_collection", locals())

    def list_page(
        self,
        *,
        filter_id: str | Sequence[str],
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ActorsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/actors`` (actors_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors
        """
        return self._call("actors.actors_get_collection", locals())


class AsyncActors(AsyncResource):
    """`asc.actors` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_actors: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ActorResponse:
        """One request.

        ``GET /v1/actors/{id}`` (actors_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors-_id_
        """
        return await self._call("actors.actors_get_instance", locals())

    def list(
        self,
        *,
        filter_id: str | Sequence[str],
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Actor]:
        """Every Actor across pages, with the pagination guards.

        ``GET /v1/actors`` (actors_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors
        """
        return self._paginate("actors.actors_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_id: str | Sequence[str],
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ActorsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/actors`` (actors_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors
        """
        return await self._call("actors.actors_get_collection", locals())
