"""`asc.routing_app_coverages`: the operations on routing_app_coverages (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.routing_app_coverage_create_request import RoutingAppCoverageCreateRequest
    from ..models.routing_app_coverage_response import RoutingAppCoverageResponse
    from ..models.routing_app_coverage_update_request import RoutingAppCoverageUpdateRequest

__all__ = ["AsyncRoutingAppCoverages", "RoutingAppCoverages"]

_CREATE_BODY = Body(
    "routingAppCoverages",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {"app_store_version": ("appStoreVersion", "appStoreVersions", False, True)},
)
_UPDATE_BODY = Body(
    "routingAppCoverages",
    {
        "source_file_checksum": ("sourceFileChecksum", "string", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class RoutingAppCoverages(SyncResource):
    """`asc.routing_app_coverages`."""

    def create(
        self,
        /,
        body: RoutingAppCoverageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> RoutingAppCoverageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/routingAppCoverages`` (routingAppCoverages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-routingappcoverages
        """
        return self._write(
            "routing_app_coverages.routing_app_coverages_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/routingAppCoverages/{id}`` (routingAppCoverages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-routingappcoverages-_id_
        """
        return self._call("routing_app_coverages.routing_app_coverages_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> RoutingAppCoverageResponse:
        """One request.

        ``GET /v1/routingAppCoverages/{id}`` (routingAppCoverages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-routingappcoverages-_id_
        """
        return self._call("routing_app_coverages.routing_app_coverages_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: RoutingAppCoverageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> RoutingAppCoverageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/routingAppCoverages/{id}`` (routingAppCoverages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-routingappcoverages-_id_
        """
        return self._write(
            "routing_app_coverages.routing_app_coverages_update_instance", locals(), _UPDATE_BODY
        )


class AsyncRoutingAppCoverages(AsyncResource):
    """`asc.routing_app_coverages` (async)."""

    async def create(
        self,
        /,
        body: RoutingAppCoverageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> RoutingAppCoverageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/routingAppCoverages`` (routingAppCoverages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-routingappcoverages
        """
        return await self._write(
            "routing_app_coverages.routing_app_coverages_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/routingAppCoverages/{id}`` (routingAppCoverages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-routingappcoverages-_id_
        """
        return await self._call("routing_app_coverages.routing_app_coverages_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> RoutingAppCoverageResponse:
        """One request.

        ``GET /v1/routingAppCoverages/{id}`` (routingAppCoverages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-routingappcoverages-_id_
        """
        return await self._call("routing_app_coverages.routing_app_coverages_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: RoutingAppCoverageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> RoutingAppCoverageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/routingAppCoverages/{id}`` (routingAppCoverages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-routingappcoverages-_id_
        """
        return await self._write(
            "routing_app_coverages.routing_app_coverages_update_instance", locals(), _UPDATE_BODY
        )
