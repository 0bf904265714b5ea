"""`asc.sandbox_testers_clear_purchase_history_request_v2`: the operations on sandbox_testers_clear_purchase_history_request_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.sandbox_testers_clear_purchase_history_request_v2_create_request import (
        SandboxTestersClearPurchaseHistoryRequestV2CreateRequest,
    )
    from ..models.sandbox_testers_clear_purchase_history_request_v2_response import (
        SandboxTestersClearPurchaseHistoryRequestV2Response,
    )

__all__ = ["AsyncSandboxTestersClearPurchaseHistoryRequestV2", "SandboxTestersClearPurchaseHistoryRequestV2"]

_CREATE_BODY = Body(
    "sandboxTestersClearPurchaseHistoryRequest",
    {},
    {"sandbox_testers": ("sandboxTesters", "sandboxTesters", True, True)},
)


class SandboxTestersClearPurchaseHistoryRequestV2(SyncResource):
    """`asc.sandbox_testers_clear_purchase_history_request_v2`."""

    def create(
        self,
        /,
        body: SandboxTestersClearPurchaseHistoryRequestV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        sandbox_testers: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SandboxTestersClearPurchaseHistoryRequestV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/sandboxTestersClearPurchaseHistoryRequest`` (sandboxTestersClearPurchaseHistoryRequestV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-sandboxtestersclearpurchasehistoryrequest
        """
        return self._write(
            "sandbox_testers_clear_purchase_history_request.sandbox_testers_clear_purchase_history_request_v2_create_instance",
            locals(),
            _CREATE_BODY,
        )


class AsyncSandboxTestersClearPurchaseHistoryRequestV2(AsyncResource):
    """`asc.sandbox_testers_clear_purchase_history_request_v2` (async)."""

    async def create(
        self,
        /,
        body: SandboxTestersClearPurchaseHistoryRequestV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        sandbox_testers: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SandboxTestersClearPurchaseHistoryRequestV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/sandboxTestersClearPurchaseHistoryRequest`` (sandboxTestersClearPurchaseHistoryRequestV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-sandboxtestersclearpurchasehistoryrequest
        """
        return await self._write(
            "sandbox_testers_clear_purchase_history_request.sandbox_testers_clear_purchase_history_request_v2_create_instance",
            locals(),
            _CREATE_BODY,
        )
