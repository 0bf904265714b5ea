"""`asc.beta_app_clip_invocations`: the operations on beta_app_clip_invocations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.beta_app_clip_invocation_create_request import BetaAppClipInvocationCreateRequest
    from ..models.beta_app_clip_invocation_response import BetaAppClipInvocationResponse
    from ..models.beta_app_clip_invocation_update_request import BetaAppClipInvocationUpdateRequest

__all__ = ["AsyncBetaAppClipInvocations", "BetaAppClipInvocations"]

_CREATE_BODY = Body(
    "betaAppClipInvocations",
    {"url": ("url", "string", True)},
    {
        "build_bundle": ("buildBundle", "buildBundles", False, True),
        "beta_app_clip_invocation_localizations": (
            "betaAppClipInvocationLocalizations",
            "betaAppClipInvocationLocalizations",
            True,
            True,
        ),
    },
)
_UPDATE_BODY = Body("betaAppClipInvocations", {"url": ("url", "string", False)}, {})


class BetaAppClipInvocations(SyncResource):
    """`asc.beta_app_clip_invocations`."""

    def create(
        self,
        /,
        body: BetaAppClipInvocationCreateRequest | Mapping[str, Any] | None = None,
        *,
        url: str | Unset = UNSET,
        build_bundle: str | Unset = UNSET,
        beta_app_clip_invocation_localizations: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppClipInvocationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaAppClipInvocations`` (betaAppClipInvocations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaappclipinvocations
        """
        return self._write(
            "beta_app_clip_invocations.beta_app_clip_invocations_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaAppClipInvocations/{id}`` (betaAppClipInvocations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betaappclipinvocations-_id_
        """
        return self._call("beta_app_clip_invocations.beta_app_clip_invocations_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_beta_app_clip_invocations: str | Sequence[str] | None = None,
        fields_beta_app_clip_invocation_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_app_clip_invocation_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> BetaAppClipInvocationResponse:
        """One request.

        ``GET /v1/betaAppClipInvocations/{id}`` (betaAppClipInvocations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappclipinvocations-_id_
        """
        return self._call("beta_app_clip_invocations.beta_app_clip_invocations_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: BetaAppClipInvocationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        url: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppClipInvocationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaAppClipInvocations/{id}`` (betaAppClipInvocations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaappclipinvocations-_id_
        """
        return self._write(
            "beta_app_clip_invocations.beta_app_clip_invocations_update_instance", locals(), _UPDATE_BODY
        )


class AsyncBetaAppClipInvocations(AsyncResource):
    """`asc.beta_app_clip_invocations` (async)."""

    async def create(
        self,
        /,
        body: BetaAppClipInvocationCreateRequest | Mapping[str, Any] | None = None,
        *,
        url: str | Unset = UNSET,
        build_bundle: str | Unset = UNSET,
        beta_app_clip_invocation_localizations: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppClipInvocationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaAppClipInvocations`` (betaAppClipInvocations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaappclipinvocations
        """
        return await self._write(
            "beta_app_clip_invocations.beta_app_clip_invocations_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaAppClipInvocations/{id}`` (betaAppClipInvocations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betaappclipinvocations-_id_
        """
        return await self._call(
            "beta_app_clip_invocations.beta_app_clip_invocations_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_beta_app_clip_invocations: str | Sequence[str] | None = None,
        fields_beta_app_clip_invocation_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_app_clip_invocation_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> BetaAppClipInvocationResponse:
        """One request.

        ``GET /v1/betaAppClipInvocations/{id}`` (betaAppClipInvocations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappclipinvocations-_id_
        """
        return await self._call("beta_app_clip_invocations.beta_app_clip_invocations_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: BetaAppClipInvocationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        url: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppClipInvocationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaAppClipInvocations/{id}`` (betaAppClipInvocations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaappclipinvocations-_id_
        """
        return await self._write(
            "beta_app_clip_invocations.beta_app_clip_invocations_update_instance", locals(), _UPDATE_BODY
        )
