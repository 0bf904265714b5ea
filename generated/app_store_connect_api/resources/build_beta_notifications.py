"""`asc.build_beta_notifications`: the operations on build_beta_notifications (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.build_beta_notification_create_request import BuildBetaNotificationCreateRequest
    from ..models.build_beta_notification_response import BuildBetaNotificationResponse

__all__ = ["AsyncBuildBetaNotifications", "BuildBetaNotifications"]

_CREATE_BODY = Body("buildBetaNotifications", {}, {"build": ("build", "builds", False, True)})


class BuildBetaNotifications(SyncResource):
    """`asc.build_beta_notifications`."""

    def create(
        self,
        /,
        body: BuildBetaNotificationCreateRequest | Mapping[str, Any] | None = None,
        *,
        build: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BuildBetaNotificationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/buildBetaNotifications`` (buildBetaNotifications_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-buildbetanotifications
        """
        return self._write(
            "build_beta_notifications.build_beta_notifications_create_instance", locals(), _CREATE_BODY
        )


class AsyncBuildBetaNotifications(AsyncResource):
    """`asc.build_beta_notifications` (async)."""

    async def create(
        self,
        /,
        body: BuildBetaNotificationCreateRequest | Mapping[str, Any] | None = None,
        *,
        build: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BuildBetaNotificationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/buildBetaNotifications`` (buildBetaNotifications_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-buildbetanotifications
        """
        return await self._write(
            "build_beta_notifications.build_beta_notifications_create_instance", locals(), _CREATE_BODY
        )
