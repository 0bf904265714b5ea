"""`asc.end_app_availability_pre_orders`: the operations on end_app_availability_pre_orders (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.end_app_availability_pre_order_create_request import EndAppAvailabilityPreOrderCreateRequest
    from ..models.end_app_availability_pre_order_response import EndAppAvailabilityPreOrderResponse

__all__ = ["AsyncEndAppAvailabilityPreOrders", "EndAppAvailabilityPreOrders"]

_CREATE_BODY = Body(
    "endAppAvailabilityPreOrders",
    {},
    {"territory_availabilities": ("territoryAvailabilities", "territoryAvailabilities", True, True)},
)


class EndAppAvailabilityPreOrders(SyncResource):
    """`asc.end_app_availability_pre_orders`."""

    def create(
        self,
        /,
        body: EndAppAvailabilityPreOrderCreateRequest | Mapping[str, Any] | None = None,
        *,
        territory_availabilities: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> EndAppAvailabilityPreOrderResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/endAppAvailabilityPreOrders`` (endAppAvailabilityPreOrders_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-endappavailabilitypreorders
        """
        return self._write(
            "end_app_availability_pre_orders.end_app_availability_pre_orders_create_instance",
            locals(),
            _CREATE_BODY,
        )


class AsyncEndAppAvailabilityPreOrders(AsyncResource):
    """`asc.end_app_availability_pre_orders` (async)."""

    async def create(
        self,
        /,
        body: EndAppAvailabilityPreOrderCreateRequest | Mapping[str, Any] | None = None,
        *,
        territory_availabilities: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> EndAppAvailabilityPreOrderResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/endAppAvailabilityPreOrders`` (endAppAvailabilityPreOrders_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-endappavailabilitypreorders
        """
        return await self._write(
            "end_app_availability_pre_orders.end_app_availability_pre_orders_create_instance",
            locals(),
            _CREATE_BODY,
        )
