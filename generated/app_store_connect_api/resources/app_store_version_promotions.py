"""`asc.app_store_version_promotions`: the operations on app_store_version_promotions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.app_store_version_promotion_create_request import AppStoreVersionPromotionCreateRequest
    from ..models.app_store_version_promotion_response import AppStoreVersionPromotionResponse

__all__ = ["AppStoreVersionPromotions", "AsyncAppStoreVersionPromotions"]

_CREATE_BODY = Body(
    "appStoreVersionPromotions",
    {},
    {
        "app_store_version": ("appStoreVersion", "appStoreVersions", False, True),
        "app_store_version_experiment_treatment": (
            "appStoreVersionExperimentTreatment",
            "appStoreVersionExperimentTreatments",
            False,
            True,
        ),
    },
)


class AppStoreVersionPromotions(SyncResource):
    """`asc.app_store_version_promotions`."""

    def create(
        self,
        /,
        body: AppStoreVersionPromotionCreateRequest | Mapping[str, Any] | None = None,
        *,
        app_store_version: str | Unset = UNSET,
        app_store_version_experiment_treatment: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionPromotionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersionPromotions`` (appStoreVersionPromotions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionpromotions
        """
        return self._write(
            "app_store_version_promotions.app_store_version_promotions_create_instance",
            locals(),
            _CREATE_BODY,
        )


class AsyncAppStoreVersionPromotions(AsyncResource):
    """`asc.app_store_version_promotions` (async)."""

    async def create(
        self,
        /,
        body: AppStoreVersionPromotionCreateRequest | Mapping[str, Any] | None = None,
        *,
        app_store_version: str | Unset = UNSET,
        app_store_version_experiment_treatment: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionPromotionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersionPromotions`` (appStoreVersionPromotions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionpromotions
        """
        return await self._write(
            "app_store_version_promotions.app_store_version_promotions_create_instance",
            locals(),
            _CREATE_BODY,
        )
