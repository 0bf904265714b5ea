"""`asc.bundle_id_capabilities`: the operations on bundle_id_capabilities (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.bundle_id_capability_create_request import BundleIdCapabilityCreateRequest
    from ..models.bundle_id_capability_response import BundleIdCapabilityResponse
    from ..models.bundle_id_capability_update_request import BundleIdCapabilityUpdateRequest

__all__ = ["AsyncBundleIdCapabilities", "BundleIdCapabilities"]

_CREATE_BODY = Body(
    "bundleIdCapabilities",
    {"capability_type": ("capabilityType", "string", True), "settings": ("settings", "array", False)},
    {"bundle_id": ("bundleId", "bundleIds", False, True)},
)
_UPDATE_BODY = Body(
    "bundleIdCapabilities",
    {"capability_type": ("capabilityType", "string", False), "settings": ("settings", "array", False)},
    {},
)


class BundleIdCapabilities(SyncResource):
    """`asc.bundle_id_capabilities`."""

    def create(
        self,
        /,
        body: BundleIdCapabilityCreateRequest | Mapping[str, Any] | None = None,
        *,
        capability_type: str | Unset = UNSET,
        settings: Sequence[Any] | None | Unset = UNSET,
        bundle_id: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BundleIdCapabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/bundleIdCapabilities`` (bundleIdCapabilities_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-bundleidcapabilities
        """
        return self._write(
            "bundle_id_capabilities.bundle_id_capabilities_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/bundleIdCapabilities/{id}`` (bundleIdCapabilities_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-bundleidcapabilities-_id_
        """
        return self._call("bundle_id_capabilities.bundle_id_capabilities_delete_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: BundleIdCapabilityUpdateRequest | Mapping[str, Any] | None = None,
        *,
        capability_type: str | None | Unset = UNSET,
        settings: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BundleIdCapabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/bundleIdCapabilities/{id}`` (bundleIdCapabilities_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-bundleidcapabilities-_id_
        """
        return self._write(
            "bundle_id_capabilities.bundle_id_capabilities_update_instance", locals(), _UPDATE_BODY
        )


class AsyncBundleIdCapabilities(AsyncResource):
    """`asc.bundle_id_capabilities` (async)."""

    async def create(
        self,
        /,
        body: BundleIdCapabilityCreateRequest | Mapping[str, Any] | None = None,
        *,
        capability_type: str | Unset = UNSET,
        settings: Sequence[Any] | None | Unset = UNSET,
        bundle_id: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BundleIdCapabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/bundleIdCapabilities`` (bundleIdCapabilities_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-bundleidcapabilities
        """
        return await self._write(
            "bundle_id_capabilities.bundle_id_capabilities_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/bundleIdCapabilities/{id}`` (bundleIdCapabilities_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-bundleidcapabilities-_id_
        """
        return await self._call("bundle_id_capabilities.bundle_id_capabilities_delete_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: BundleIdCapabilityUpdateRequest | Mapping[str, Any] | None = None,
        *,
        capability_type: str | None | Unset = UNSET,
        settings: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BundleIdCapabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/bundleIdCapabilities/{id}`` (bundleIdCapabilities_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-bundleidcapabilities-_id_
        """
        return await self._write(
            "bundle_id_capabilities.bundle_id_capabilities_update_instance", locals(), _UPDATE_BODY
        )
