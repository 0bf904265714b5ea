"""`asc.app_events`: the operations on app_events (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_event_create_request import AppEventCreateRequest
    from ..models.app_event_localization import AppEventLocalization
    from ..models.app_event_localizations_linkages_response import AppEventLocalizationsLinkagesResponse
    from ..models.app_event_localizations_linkages_response_data_item import (
        AppEventLocalizationsLinkagesResponseDataItem,
    )
    from ..models.app_event_localizations_response import AppEventLocalizationsResponse
    from ..models.app_event_response import AppEventResponse
    from ..models.app_event_update_request import AppEventUpdateRequest

__all__ = ["AppEvents", "AsyncAppEvents"]

_CREATE_BODY = Body(
    "appEvents",
    {
        "reference_name": ("referenceName", "string", True),
        "badge": ("badge", "string", False),
        "deep_link": ("deepLink", "string", False),
        "purchase_requirement": ("purchaseRequirement", "string", False),
        "primary_locale": ("primaryLocale", "string", False),
        "priority": ("priority", "string", False),
        "purpose": ("purpose", "string", False),
        "territory_schedules": ("territorySchedules", "array", False),
    },
    {"app": ("app", "apps", False, True)},
)
_UPDATE_BODY = Body(
    "appEvents",
    {
        "reference_name": ("referenceName", "string", False),
        "badge": ("badge", "string", False),
        "deep_link": ("deepLink", "string", False),
        "purchase_requirement": ("purchaseRequirement", "string", False),
        "primary_locale": ("primaryLocale", "string", False),
        "priority": ("priority", "string", False),
        "purpose": ("purpose", "string", False),
        "territory_schedules": ("territorySchedules", "array", False),
    },
    {},
)


class AppEvents(SyncResource):
    """`asc.app_events`."""

    def create(
        self,
        /,
        body: AppEventCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        badge: str | None | Unset = UNSET,
        deep_link: str | None | Unset = UNSET,
        purchase_requirement: str | None | Unset = UNSET,
        primary_locale: str | None | Unset = UNSET,
        priority: str | None | Unset = UNSET,
        purpose: str | None | Unset = UNSET,
        territory_schedules: Sequence[Any] | None | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appEvents`` (appEvents_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appevents
        """
        return self._write("app_events.app_events_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appEvents/{id}`` (appEvents_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appevents-_id_
        """
        return self._call("app_events.app_events_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_events: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventResponse:
        """One request.

        ``GET /v1/appEvents/{id}`` (appEvents_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_
        """
        return self._call("app_events.app_events_get_instance", locals())

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_app_event_screenshots: str | Sequence[str] | None = None,
        fields_app_event_video_clips: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_event_screenshots: int | None = None,
        limit_app_event_video_clips: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppEventLocalization]:
        """Every AppEventLocalization across pages, with the pagination guards.

        ``GET /v1/appEvents/{id}/localizations`` (appEvents_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-localizations
        """
        return self._paginate("app_events.app_events_localizations_get_to_many_related", locals())

    def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_app_event_screenshots: str | Sequence[str] | None = None,
        fields_app_event_video_clips: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_event_screenshots: int | None = None,
        limit_app_event_video_clips: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEvents/{id}/localizations`` (appEvents_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-localizations
        """
        return self._call("app_events.app_events_localizations_get_to_many_related", locals())

    def list_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppEventLocalizationsLinkagesResponseDataItem]:
        """Every AppEventLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appEvents/{id}/relationships/localizations`` (appEvents_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-relationships-localizations
        """
        return self._paginate("app_events.app_events_localizations_get_to_many_relationship", locals())

    def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEvents/{id}/relationships/localizations`` (appEvents_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-relationships-localizations
        """
        return self._call("app_events.app_events_localizations_get_to_many_relationship", locals())

    def update(
        self,
        id: str,
        /,
        body: AppEventUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        badge: str | None | Unset = UNSET,
        deep_link: str | None | Unset = UNSET,
        purchase_requirement: str | None | Unset = UNSET,
        primary_locale: str | None | Unset = UNSET,
        priority: str | None | Unset = UNSET,
        purpose: str | None | Unset = UNSET,
        territory_schedules: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appEvents/{id}`` (appEvents_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appevents-_id_
        """
        return self._write("app_events.app_events_update_instance", locals(), _UPDATE_BODY)


class AsyncAppEvents(AsyncResource):
    """`asc.app_events` (async)."""

    async def create(
        self,
        /,
        body: AppEventCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        badge: str | None | Unset = UNSET,
        deep_link: str | None | Unset = UNSET,
        purchase_requirement: str | None | Unset = UNSET,
        primary_locale: str | None | Unset = UNSET,
        priority: str | None | Unset = UNSET,
        purpose: str | None | Unset = UNSET,
        territory_schedules: Sequence[Any] | None | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appEvents`` (appEvents_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appevents
        """
        return await self._write("app_events.app_events_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appEvents/{id}`` (appEvents_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appevents-_id_
        """
        return await self._call("app_events.app_events_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_events: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventResponse:
        """One request.

        ``GET /v1/appEvents/{id}`` (appEvents_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_
        """
        return await self._call("app_events.app_events_get_instance", locals())

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_app_event_screenshots: str | Sequence[str] | None = None,
        fields_app_event_video_clips: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_event_screenshots: int | None = None,
        limit_app_event_video_clips: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppEventLocalization]:
        """Every AppEventLocalization across pages, with the pagination guards.

        ``GET /v1/appEvents/{id}/localizations`` (appEvents_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-localizations
        """
        return self._paginate("app_events.app_events_localizations_get_to_many_related", locals())

    async def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_app_event_screenshots: str | Sequence[str] | None = None,
        fields_app_event_video_clips: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_event_screenshots: int | None = None,
        limit_app_event_video_clips: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEvents/{id}/localizations`` (appEvents_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-localizations
        """
        return await self._call("app_events.app_events_localizations_get_to_many_related", locals())

    def list_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppEventLocalizationsLinkagesResponseDataItem]:
        """Every AppEventLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appEvents/{id}/relationships/localizations`` (appEvents_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-relationships-localizations
        """
        return self._paginate("app_events.app_events_localizations_get_to_many_relationship", locals())

    async def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEvents/{id}/relationships/localizations`` (appEvents_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-relationships-localizations
        """
        return await self._call("app_events.app_events_localizations_get_to_many_relationship", locals())

    async def update(
        self,
        id: str,
        /,
        body: AppEventUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        badge: str | None | Unset = UNSET,
        deep_link: str | None | Unset = UNSET,
        purchase_requirement: str | None | Unset = UNSET,
        primary_locale: str | None | Unset = UNSET,
        priority: str | None | Unset = UNSET,
        purpose: str | None | Unset = UNSET,
        territory_schedules: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appEvents/{id}`` (appEvents_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appevents-_id_
        """
        return await self._write("app_events.app_events_update_instance", locals(), _UPDATE_BODY)
