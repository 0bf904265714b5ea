"""`asc.sandbox_testers_v2`: the operations on sandbox_testers_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.sandbox_tester_v2 import SandboxTesterV2
    from ..models.sandbox_tester_v2_response import SandboxTesterV2Response
    from ..models.sandbox_tester_v2_update_request import SandboxTesterV2UpdateRequest
    from ..models.sandbox_testers_v2_response import SandboxTestersV2Response

__all__ = ["AsyncSandboxTestersV2", "SandboxTestersV2"]

_UPDATE_BODY = Body(
    "sandboxTesters",
    {
        "territory": ("territory", "string", False),
        "interrupt_purchases": ("interruptPurchases", "boolean", False),
        "subscription_renewal_rate": ("subscriptionRenewalRate", "string", False),
    },
    {},
)


class SandboxTestersV2(SyncResource):
    """`asc.sandbox_testers_v2`."""

    def list(
        self,
        *,
        fields_sandbox_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SandboxTesterV2]:
        """Every SandboxTesterV2 across pages, with the pagination guards.

        ``GET /v2/sandboxTesters`` (sandboxTestersV2_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-sandboxtesters
        """
        return self._paginate("sandbox_testers.sandbox_testers_v2_get_collection", locals())

    def list_page(
        self,
        *,
        fields_sandbox_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SandboxTestersV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/sandboxTesters`` (sandboxTestersV2_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-sandboxtesters
        """
        return self._call("sandbox_testers.sandbox_testers_v2_get_collection", locals())

    def update(
        self,
        id: str,
        /,
        body: SandboxTesterV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        territory: str | None | Unset = UNSET,
        interrupt_purchases: bool | None | Unset = UNSET,
        subscription_renewal_rate: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SandboxTesterV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/sandboxTesters/{id}`` (sandboxTestersV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-sandboxtesters-_id_
        """
        return self._write("sandbox_testers.sandbox_testers_v2_update_instance", locals(), _UPDATE_BODY)


class AsyncSandboxTestersV2(AsyncResource):
    """`asc.sandbox_testers_v2` (async)."""

    def list(
        self,
        *,
        fields_sandbox_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SandboxTesterV2]:
        """Every SandboxTesterV2 across pages, with the pagination guards.

        ``GET /v2/sandboxTesters`` (sandboxTestersV2_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-sandboxtesters
        """
        return self._paginate("sandbox_testers.sandbox_testers_v2_get_collection", locals())

    async def list_page(
        self,
        *,
        fields_sandbox_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SandboxTestersV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/sandboxTesters`` (sandboxTestersV2_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-sandboxtesters
        """
        return await self._call("sandbox_testers.sandbox_testers_v2_get_collection", locals())

    async def update(
        self,
        id: str,
        /,
        body: SandboxTesterV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        territory: str | None | Unset = UNSET,
        interrupt_purchases: bool | None | Unset = UNSET,
        subscription_renewal_rate: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SandboxTesterV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/sandboxTesters/{id}`` (sandboxTestersV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-sandboxtesters-_id_
        """
        return await self._write("sandbox_testers.sandbox_testers_v2_update_instance", locals(), _UPDATE_BODY)
