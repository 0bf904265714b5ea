"""`asc.beta_app_clip_invocation_localizations`: the operations on beta_app_clip_invocation_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.beta_app_clip_invocation_localization_create_request import (
        BetaAppClipInvocationLocalizationCreateRequest,
    )
    from ..models.beta_app_clip_invocation_localization_response import (
        BetaAppClipInvocationLocalizationResponse,
    )
    from ..models.beta_app_clip_invocation_localization_update_request import (
        BetaAppClipInvocationLocalizationUpdateRequest,
    )

__all__ = ["AsyncBetaAppClipInvocationLocalizations", "BetaAppClipInvocationLocalizations"]

_CREATE_BODY = Body(
    "betaAppClipInvocationLocalizations",
    {"title": ("title", "string", True), "locale": ("locale", "string", True)},
    {"beta_app_clip_invocation": ("betaAppClipInvocation", "betaAppClipInvocations", False, True)},
)
_UPDATE_BODY = Body("betaAppClipInvocationLocalizations", {"title": ("title", "string", False)}, {})


class BetaAppClipInvocationLocalizations(SyncResource):
    """`asc.beta_app_clip_invocation_localizations`."""

    def create(
        self,
        /,
        body: BetaAppClipInvocationLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        title: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        beta_app_clip_invocation: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppClipInvocationLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaAppClipInvocationLocalizations`` (betaAppClipInvocationLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaappclipinvocationlocalizations
        """
        return self._write(
            "beta_app_clip_invocation_localizations.beta_app_clip_invocation_localizations_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaAppClipInvocationLocalizations/{id}`` (betaAppClipInvocationLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betaappclipinvocationlocalizations-_id_
        """
        return self._call(
            "beta_app_clip_invocation_localizations.beta_app_clip_invocation_localizations_delete_instance",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: BetaAppClipInvocationLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        title: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppClipInvocationLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaAppClipInvocationLocalizations/{id}`` (betaAppClipInvocationLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaappclipinvocationlocalizations-_id_
        """
        return self._write(
            "beta_app_clip_invocation_localizations.beta_app_clip_invocation_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncBetaAppClipInvocationLocalizations(AsyncResource):
    """`asc.beta_app_clip_invocation_localizations` (async)."""

    async def create(
        self,
        /,
        body: BetaAppClipInvocationLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        title: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        beta_app_clip_invocation: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppClipInvocationLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaAppClipInvocationLocalizations`` (betaAppClipInvocationLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaappclipinvocationlocalizations
        """
        return await self._write(
            "beta_app_clip_invocation_localizations.beta_app_clip_invocation_localizations_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaAppClipInvocationLocalizations/{id}`` (betaAppClipInvocationLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betaappclipinvocationlocalizations-_id_
        """
        return await self._call(
            "beta_app_clip_invocation_localizations.beta_app_clip_invocation_localizations_delete_instance",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: BetaAppClipInvocationLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        title: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppClipInvocationLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaAppClipInvocationLocalizations/{id}`` (betaAppClipInvocationLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaappclipinvocationlocalizations-_id_
        """
        return await self._write(
            "beta_app_clip_invocation_localizations.beta_app_clip_invocation_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )
