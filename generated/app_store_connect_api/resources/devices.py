"""`asc.devices`: the operations on devices (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.device import Device
    from ..models.device_create_request import DeviceCreateRequest
    from ..models.device_response import DeviceResponse
    from ..models.device_update_request import DeviceUpdateRequest
    from ..models.devices_response import DevicesResponse

__all__ = ["AsyncDevices", "Devices"]

_CREATE_BODY = Body(
    "devices",
    {
        "name": ("name", "string", True),
        "platform": ("platform", "string", True),
        "udid": ("udid", "string", True),
    },
    {},
)
_UPDATE_BODY = Body("devices", {"name": ("name", "string", False), "status": ("status", "string", False)}, {})


class Devices(SyncResource):
    """`asc.devices`."""

    def create(
        self,
        /,
        body: DeviceCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        udid: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> DeviceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/devices`` (devices_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-devices
        """
        return self._write("devices.devices_create_instance", locals(), _CREATE_BODY)

    def get(
        self,
        id: str,
        /,
        *,
        fields_devices: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> DeviceResponse:
        """One request.

        ``GET /v1/devices/{id}`` (devices_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices-_id_
        """
        return self._call("devices.devices_get_instance", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_udid: str | Sequence[str] | None = None,
        filter_status: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_devices: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Device]:
        """Every Device across pages, with the pagination guards.

        ``GET /v1/devices`` (devices_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices
        """
        return self._paginate("devices.devices_get_collection", locals())

    def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_udid: str | Sequence[str] | None = None,
        filter_status: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_devices: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> DevicesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/devices`` (devices_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices
        """
        return self._call("devices.devices_get_collection", locals())

    def update(
        self,
        id: str,
        /,
        body: DeviceUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> DeviceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/devices/{id}`` (devices_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-devices-_id_
        """
        return self._write("devices.devices_update_instance", locals(), _UPDATE_BODY)


class AsyncDevices(AsyncResource):
    """`asc.devices` (async)."""

    async def create(
        self,
        /,
        body: DeviceCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        udid: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> DeviceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/devices`` (devices_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-devices
        """
        return await self._write("devices.devices_create_instance", locals(), _CREATE_BODY)

    async def get(
        self,
        id: str,
        /,
        *,
        fields_devices: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> DeviceResponse:
        """One request.

        ``GET /v1/devices/{id}`` (devices_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices-_id_
        """
        return await self._call("devices.devices_get_instance", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_udid: str | Sequence[str] | None = None,
        filter_status: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_devices: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Device]:
        """Every Device across pages, with the pagination guards.

        ``GET /v1/devices`` (devices_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices
        """
        return self._paginate("devices.devices_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_udid: str | Sequence[str] | None = None,
        filter_status: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_devices: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> DevicesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/devices`` (devices_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices
        """
        return await self._call("devices.devices_get_collection", locals())

    async def update(
        self,
        id: str,
        /,
        body: DeviceUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> DeviceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/devices/{id}`` (devices_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-devices-_id_
        """
        return await self._write("devices.devices_update_instance", locals(), _UPDATE_BODY)
