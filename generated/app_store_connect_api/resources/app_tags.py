"""`asc.app_tags`: the operations on app_tags (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_tag_response import AppTagResponse
    from ..models.app_tag_territories_linkages_response import AppTagTerritoriesLinkagesResponse
    from ..models.app_tag_territories_linkages_response_data_item import (
        AppTagTerritoriesLinkagesResponseDataItem,
    )
    from ..models.app_tag_update_request import AppTagUpdateRequest
    from ..models.territories_response import TerritoriesResponse
    from ..models.territory import Territory

__all__ = ["AppTags", "AsyncAppTags"]

_UPDATE_BODY = Body("appTags", {"visible_in_app_store": ("visibleInAppStore", "boolean", False)}, {})


class AppTags(SyncResource):
    """`asc.app_tags`."""

    def list_territories(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Territory]:
        """Every Territory across pages, with the pagination guards.

        ``GET /v1/appTags/{id}/territories`` (appTags_territories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apptags-_id_-territories
        """
        return self._paginate("app_tags.app_tags_territories_get_to_many_related", locals())

    def list_territories_page(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> TerritoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appTags/{id}/territories`` (appTags_territories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apptags-_id_-territories
        """
        return self._call("app_tags.app_tags_territories_get_to_many_related", locals())

    def list_territories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppTagTerritoriesLinkagesResponseDataItem]:
        """Every AppTagTerritoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appTags/{id}/relationships/territories`` (appTags_territories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apptags-_id_-relationships-territories
        """
        return self._paginate("app_tags.app_tags_territories_get_to_many_relationship", locals())

    def list_territories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppTagTerritoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appTags/{id}/relationships/territories`` (appTags_territories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apptags-_id_-relationships-territories
        """
        return self._call("app_tags.app_tags_territories_get_to_many_relationship", locals())

    def update(
        self,
        id: str,
        /,
        body: AppTagUpdateRequest | Mapping[str, Any] | None = None,
        *,
        visible_in_app_store: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppTagResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appTags/{id}`` (appTags_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apptags-_id_
        """
        return self._write("app_tags.app_tags_update_instance", locals(), _UPDATE_BODY)


class AsyncAppTags(AsyncResource):
    """`asc.app_tags` (async)."""

    def list_territories(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Territory]:
        """Every Territory across pages, with the pagination guards.

        ``GET /v1/appTags/{id}/territories`` (appTags_territories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apptags-_id_-territories
        """
        return self._paginate("app_tags.app_tags_territories_get_to_many_related", locals())

    async def list_territories_page(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> TerritoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appTags/{id}/territories`` (appTags_territories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apptags-_id_-territories
        """
        return await self._call("app_tags.app_tags_territories_get_to_many_related", locals())

    def list_territories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppTagTerritoriesLinkagesResponseDataItem]:
        """Every AppTagTerritoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appTags/{id}/relationships/territories`` (appTags_territories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apptags-_id_-relationships-territories
        """
        return self._paginate("app_tags.app_tags_territories_get_to_many_relationship", locals())

    async def list_territories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppTagTerritoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appTags/{id}/relationships/territories`` (appTags_territories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apptags-_id_-relationships-territories
        """
        return await self._call("app_tags.app_tags_territories_get_to_many_relationship", locals())

    async def update(
        self,
        id: str,
        /,
        body: AppTagUpdateRequest | Mapping[str, Any] | None = None,
        *,
        visible_in_app_store: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppTagResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appTags/{id}`` (appTags_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apptags-_id_
        """
        return await self._write("app_tags.app_tags_update_instance", locals(), _UPDATE_BODY)
