"""`asc.nominations`: the operations on nominations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.nomination import Nomination
    from ..models.nomination_create_request import NominationCreateRequest
    from ..models.nomination_response import NominationResponse
    from ..models.nomination_update_request import NominationUpdateRequest
    from ..models.nominations_response import NominationsResponse

__all__ = ["AsyncNominations", "Nominations"]

_CREATE_BODY = Body(
    "nominations",
    {
        "name": ("name", "string", True),
        "type_": ("type", "string", True),
        "description": ("description", "string", True),
        "submitted": ("submitted", "boolean", True),
        "publish_start_date": ("publishStartDate", "string", True),
        "publish_end_date": ("publishEndDate", "string", False),
        "device_families": ("deviceFamilies", "array", False),
        "locales": ("locales", "array", False),
        "supplemental_materials_uris": ("supplementalMaterialsUris", "array", False),
        "has_in_app_events": ("hasInAppEvents", "boolean", False),
        "launch_in_select_markets_first": ("launchInSelectMarketsFirst", "boolean", False),
        "notes": ("notes", "string", False),
        "pre_order_enabled": ("preOrderEnabled", "boolean", False),
    },
    {
        "related_apps": ("relatedApps", "apps", True, True),
        "in_app_events": ("inAppEvents", "appEvents", True, False),
        "supported_territories": ("supportedTerritories", "territories", True, False),
    },
)
_UPDATE_BODY = Body(
    "nominations",
    {
        "name": ("name", "string", False),
        "type_": ("type", "string", False),
        "description": ("description", "string", False),
        "submitted": ("submitted", "boolean", False),
        "archived": ("archived", "boolean", False),
        "publish_start_date": ("publishStartDate", "string", False),
        "publish_end_date": ("publishEndDate", "string", False),
        "device_families": ("deviceFamilies", "array", False),
        "locales": ("locales", "array", False),
        "supplemental_materials_uris": ("supplementalMaterialsUris", "array", False),
        "has_in_app_events": ("hasInAppEvents", "boolean", False),
        "launch_in_select_markets_first": ("launchInSelectMarketsFirst", "boolean", False),
        "notes": ("notes", "string", False),
        "pre_order_enabled": ("preOrderEnabled", "boolean", False),
    },
    {
        "related_apps": ("relatedApps", "apps", True, False),
        "in_app_events": ("inAppEvents", "appEvents", True, False),
        "supported_territories": ("supportedTerritories", "territories", True, False),
    },
)


class Nominations(SyncResource):
    """`asc.nominations`."""

    def create(
        self,
        /,
        body: NominationCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        description: str | Unset = UNSET,
        submitted: bool | Unset = UNSET,
        publish_start_date: str | date | Unset = UNSET,
        publish_end_date: str | date | None | Unset = UNSET,
        device_families: Sequence[Any] | None | Unset = UNSET,
        locales: Sequence[Any] | None | Unset = UNSET,
        supplemental_materials_uris: Sequence[Any] | None | Unset = UNSET,
        has_in_app_events: bool | None | Unset = UNSET,
        launch_in_select_markets_first: bool | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        pre_order_enabled: bool | None | Unset = UNSET,
        related_apps: str | Sequence[str] | Unset = UNSET,
        in_app_events: str | Sequence[str] | None | Unset = UNSET,
        supported_territories: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> NominationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/nominations`` (nominations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-nominations
        """
        return self._write("nominations.nominations_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/nominations/{id}`` (nominations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-nominations-_id_
        """
        return self._call("nominations.nominations_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_nominations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        timeout: Timeout = None,
    ) -> NominationResponse:
        """One request.

        ``GET /v1/nominations/{id}`` (nominations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations-_id_
        """
        return self._call("nominations.nominations_get_instance", locals())

    def list(
        self,
        *,
        filter_state: str | Sequence[str],
        filter_type: str | Sequence[str] | None = None,
        filter_has_in_app_events: str | Sequence[str] | None = None,
        filter_related_apps: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_nominations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Nomination]:
        """Every Nomination across pages, with the pagination guards.

        ``GET /v1/nominations`` (nominations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations
        """
        return self._paginate("nominations.nominations_get_collection", locals())

    def list_page(
        self,
        *,
        filter_state: str | Sequence[str],
        filter_type: str | Sequence[str] | None = None,
        filter_has_in_app_events: str | Sequence[str] | None = None,
        filter_related_apps: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_nominations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        timeout: Timeout = None,
    ) -> NominationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/nominations`` (nominations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations
        """
        return self._call("nominations.nominations_get_collection", locals())

    def update(
        self,
        id: str,
        /,
        body: NominationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        submitted: bool | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        publish_start_date: str | date | None | Unset = UNSET,
        publish_end_date: str | date | None | Unset = UNSET,
        device_families: Sequence[Any] | None | Unset = UNSET,
        locales: Sequence[Any] | None | Unset = UNSET,
        supplemental_materials_uris: Sequence[Any] | None | Unset = UNSET,
        has_in_app_events: bool | None | Unset = UNSET,
        launch_in_select_markets_first: bool | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        pre_order_enabled: bool | None | Unset = UNSET,
        related_apps: str | Sequence[str] | None | Unset = UNSET,
        in_app_events: str | Sequence[str] | None | Unset = UNSET,
        supported_territories: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> NominationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/nominations/{id}`` (nominations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-nominations-_id_
        """
        return self._write("nominations.nominations_update_instance", locals(), _UPDATE_BODY)


class AsyncNominations(AsyncResource):
    """`asc.nominations` (async)."""

    async def create(
        self,
        /,
        body: NominationCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        description: str | Unset = UNSET,
        submitted: bool | Unset = UNSET,
        publish_start_date: str | date | Unset = UNSET,
        publish_end_date: str | date | None | Unset = UNSET,
        device_families: Sequence[Any] | None | Unset = UNSET,
        locales: Sequence[Any] | None | Unset = UNSET,
        supplemental_materials_uris: Sequence[Any] | None | Unset = UNSET,
        has_in_app_events: bool | None | Unset = UNSET,
        launch_in_select_markets_first: bool | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        pre_order_enabled: bool | None | Unset = UNSET,
        related_apps: str | Sequence[str] | Unset = UNSET,
        in_app_events: str | Sequence[str] | None | Unset = UNSET,
        supported_territories: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> NominationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/nominations`` (nominations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-nominations
        """
        return await self._write("nominations.nominations_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/nominations/{id}`` (nominations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-nominations-_id_
        """
        return await self._call("nominations.nominations_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_nominations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        timeout: Timeout = None,
    ) -> NominationResponse:
        """One request.

        ``GET /v1/nominations/{id}`` (nominations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations-_id_
        """
        return await self._call("nominations.nominations_get_instance", locals())

    def list(
        self,
        *,
        filter_state: str | Sequence[str],
        filter_type: str | Sequence[str] | None = None,
        filter_has_in_app_events: str | Sequence[str] | None = None,
        filter_related_apps: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_nominations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Nomination]:
        """Every Nomination across pages, with the pagination guards.

        ``GET /v1/nominations`` (nominations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations
        """
        return self._paginate("nominations.nominations_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_state: str | Sequence[str],
        filter_type: str | Sequence[str] | None = None,
        filter_has_in_app_events: str | Sequence[str] | None = None,
        filter_related_apps: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_nominations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        timeout: Timeout = None,
    ) -> NominationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/nominations`` (nominations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations
        """
        return await self._call("nominations.nominations_get_collection", locals())

    async def update(
        self,
        id: str,
        /,
        body: NominationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        submitted: bool | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        publish_start_date: str | date | None | Unset = UNSET,
        publish_end_date: str | date | None | Unset = UNSET,
        device_families: Sequence[Any] | None | Unset = UNSET,
        locales: Sequence[Any] | None | Unset = UNSET,
        supplemental_materials_uris: Sequence[Any] | None | Unset = UNSET,
        has_in_app_events: bool | None | Unset = UNSET,
        launch_in_select_markets_first: bool | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        pre_order_enabled: bool | None | Unset = UNSET,
        related_apps: str | Sequence[str] | None | Unset = UNSET,
        in_app_events: str | Sequence[str] | None | Unset = UNSET,
        supported_territories: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> NominationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/nominations/{id}`` (nominations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-nominations-_id_
        """
        return await self._write("nominations.nominations_update_instance", locals(), _UPDATE_BODY)
