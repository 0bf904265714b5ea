"""`asc.android_to_ios_app_mapping_details`: the operations on android_to_ios_app_mapping_details (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.android_to_ios_app_mapping_detail_create_request import (
        AndroidToIosAppMappingDetailCreateRequest,
    )
    from ..models.android_to_ios_app_mapping_detail_response import AndroidToIosAppMappingDetailResponse
    from ..models.android_to_ios_app_mapping_detail_update_request import (
        AndroidToIosAppMappingDetailUpdateRequest,
    )

__all__ = ["AndroidToIosAppMappingDetails", "AsyncAndroidToIosAppMappingDetails"]

_CREATE_BODY = Body(
    "androidToIosAppMappingDetails",
    {
        "package_name": ("packageName", "string", True),
        "app_signing_key_public_certificate_sha_256_fingerprints": (
            "appSigningKeyPublicCertificateSha256Fingerprints",
            "array",
            True,
        ),
    },
    {"app": ("app", "apps", False, True)},
)
_UPDATE_BODY = Body(
    "androidToIosAppMappingDetails",
    {
        "package_name": ("packageName", "string", False),
        "app_signing_key_public_certificate_sha_256_fingerprints": (
            "appSigningKeyPublicCertificateSha256Fingerprints",
            "array",
            False,
        ),
    },
    {},
)


class AndroidToIosAppMappingDetails(SyncResource):
    """`asc.android_to_ios_app_mapping_details`."""

    def create(
        self,
        /,
        body: AndroidToIosAppMappingDetailCreateRequest | Mapping[str, Any] | None = None,
        *,
        package_name: str | Unset = UNSET,
        app_signing_key_public_certificate_sha_256_fingerprints: Sequence[Any] | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AndroidToIosAppMappingDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/androidToIosAppMappingDetails`` (androidToIosAppMappingDetails_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-androidtoiosappmappingdetails
        """
        return self._write(
            "android_to_ios_app_mapping_details.android_to_ios_app_mapping_details_create_instance",
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

        ``DELETE /v1/androidToIosAppMappingDetails/{id}`` (androidToIosAppMappingDetails_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-androidtoiosappmappingdetails-_id_
        """
        return self._call(
            "android_to_ios_app_mapping_details.android_to_ios_app_mapping_details_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AndroidToIosAppMappingDetailResponse:
        """One request.

        ``GET /v1/androidToIosAppMappingDetails/{id}`` (androidToIosAppMappingDetails_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-androidtoiosappmappingdetails-_id_
        """
        return self._call(
            "android_to_ios_app_mapping_details.android_to_ios_app_mapping_details_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: AndroidToIosAppMappingDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        package_name: str | None | Unset = UNSET,
        app_signing_key_public_certificate_sha_256_fingerprints: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AndroidToIosAppMappingDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/androidToIosAppMappingDetails/{id}`` (androidToIosAppMappingDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-androidtoiosappmappingdetails-_id_
        """
        return self._write(
            "android_to_ios_app_mapping_details.android_to_ios_app_mapping_details_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAndroidToIosAppMappingDetails(AsyncResource):
    """`asc.android_to_ios_app_mapping_details` (async)."""

    async def create(
        self,
        /,
        body: AndroidToIosAppMappingDetailCreateRequest | Mapping[str, Any] | None = None,
        *,
        package_name: str | Unset = UNSET,
        app_signing_key_public_certificate_sha_256_fingerprints: Sequence[Any] | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AndroidToIosAppMappingDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/androidToIosAppMappingDetails`` (androidToIosAppMappingDetails_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-androidtoiosappmappingdetails
        """
        return await self._write(
            "android_to_ios_app_mapping_details.android_to_ios_app_mapping_details_create_instance",
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

        ``DELETE /v1/androidToIosAppMappingDetails/{id}`` (androidToIosAppMappingDetails_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-androidtoiosappmappingdetails-_id_
        """
        return await self._call(
            "android_to_ios_app_mapping_details.android_to_ios_app_mapping_details_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AndroidToIosAppMappingDetailResponse:
        """One request.

        ``GET /v1/androidToIosAppMappingDetails/{id}`` (androidToIosAppMappingDetails_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-androidtoiosappmappingdetails-_id_
        """
        return await self._call(
            "android_to_ios_app_mapping_details.android_to_ios_app_mapping_details_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: AndroidToIosAppMappingDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        package_name: str | None | Unset = UNSET,
        app_signing_key_public_certificate_sha_256_fingerprints: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AndroidToIosAppMappingDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/androidToIosAppMappingDetails/{id}`` (androidToIosAppMappingDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-androidtoiosappmappingdetails-_id_
        """
        return await self._write(
            "android_to_ios_app_mapping_details.android_to_ios_app_mapping_details_update_instance",
            locals(),
            _UPDATE_BODY,
        )
