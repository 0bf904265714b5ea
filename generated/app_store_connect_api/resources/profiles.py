"""`asc.profiles`: the operations on profiles (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.bundle_id_without_includes_response import BundleIdWithoutIncludesResponse
    from ..models.certificate import Certificate
    from ..models.certificates_without_includes_response import CertificatesWithoutIncludesResponse
    from ..models.device import Device
    from ..models.devices_without_includes_response import DevicesWithoutIncludesResponse
    from ..models.profile import Profile
    from ..models.profile_bundle_id_linkage_response import ProfileBundleIdLinkageResponse
    from ..models.profile_certificates_linkages_response import ProfileCertificatesLinkagesResponse
    from ..models.profile_certificates_linkages_response_data_item import (
        ProfileCertificatesLinkagesResponseDataItem,
    )
    from ..models.profile_create_request import ProfileCreateRequest
    from ..models.profile_devices_linkages_response import ProfileDevicesLinkagesResponse
    from ..models.profile_devices_linkages_response_data_item import ProfileDevicesLinkagesResponseDataItem
    from ..models.profile_response import ProfileResponse
    from ..models.profiles_response import ProfilesResponse

__all__ = ["AsyncProfiles", "Profiles"]

_CREATE_BODY = Body(
    "profiles",
    {"name": ("name", "string", True), "profile_type": ("profileType", "string", True)},
    {
        "bundle_id": ("bundleId", "bundleIds", False, True),
        "devices": ("devices", "devices", True, False),
        "certificates": ("certificates", "certificates", True, True),
    },
)


class Profiles(SyncResource):
    """`asc.profiles`."""

    def create(
        self,
        /,
        body: ProfileCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        profile_type: str | Unset = UNSET,
        bundle_id: str | Unset = UNSET,
        devices: str | Sequence[str] | None | Unset = UNSET,
        certificates: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ProfileResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/profiles`` (profiles_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-profiles
        """
        return self._write("profiles.profiles_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/profiles/{id}`` (profiles_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-profiles-_id_
        """
        return self._call("profiles.profiles_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_profiles: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_devices: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        limit_devices: int | None = None,
        timeout: Timeout = None,
    ) -> ProfileResponse:
        """One request.

        ``GET /v1/profiles/{id}`` (profiles_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_
        """
        return self._call("profiles.profiles_get_instance", locals())

    def get_bundle_id(
        self,
        id: str,
        /,
        *,
        fields_bundle_ids: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BundleIdWithoutIncludesResponse:
        """One request.

        ``GET /v1/profiles/{id}/bundleId`` (profiles_bundleId_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-bundleid
        """
        return self._call("profiles.profiles_bundle_id_get_to_one_related", locals())

    def get_bundle_id_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> ProfileBundleIdLinkageResponse:
        """One request.

        ``GET /v1/profiles/{id}/relationships/bundleId`` (profiles_bundleId_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-bundleid
        """
        return self._call("profiles.profiles_bundle_id_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_profile_type: str | Sequence[str] | None = None,
        filter_profile_state: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_profiles: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_devices: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        limit_devices: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Profile]:
        """Every Profile across pages, with the pagination guards.

        ``GET /v1/profiles`` (profiles_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles
        """
        return self._paginate("profiles.profiles_get_collection", locals())

    def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_profile_type: str | Sequence[str] | None = None,
        filter_profile_state: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_profiles: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_devices: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        limit_devices: int | None = None,
        timeout: Timeout = None,
    ) -> ProfilesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/profiles`` (profiles_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles
        """
        return self._call("profiles.profiles_get_collection", locals())

    def list_certificates(
        self,
        id: str,
        /,
        *,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Certificate]:
        """Every Certificate across pages, with the pagination guards.

        ``GET /v1/profiles/{id}/certificates`` (profiles_certificates_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-certificates
        """
        return self._paginate("profiles.profiles_certificates_get_to_many_related", locals())

    def list_certificates_page(
        self,
        id: str,
        /,
        *,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CertificatesWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/profiles/{id}/certificates`` (profiles_certificates_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-certificates
        """
        return self._call("profiles.profiles_certificates_get_to_many_related", locals())

    def list_certificates_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ProfileCertificatesLinkagesResponseDataItem]:
        """Every ProfileCertificatesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/profiles/{id}/relationships/certificates`` (profiles_certificates_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-certificates
        """
        return self._paginate("profiles.profiles_certificates_get_to_many_relationship", locals())

    def list_certificates_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ProfileCertificatesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/profiles/{id}/relationships/certificates`` (profiles_certificates_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-certificates
        """
        return self._call("profiles.profiles_certificates_get_to_many_relationship", locals())

    def list_devices(
        self,
        id: str,
        /,
        *,
        fields_devices: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Device]:
        """Every Device across pages, with the pagination guards.

        ``GET /v1/profiles/{id}/devices`` (profiles_devices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-devices
        """
        return self._paginate("profiles.profiles_devices_get_to_many_related", locals())

    def list_devices_page(
        self,
        id: str,
        /,
        *,
        fields_devices: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> DevicesWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/profiles/{id}/devices`` (profiles_devices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-devices
        """
        return self._call("profiles.profiles_devices_get_to_many_related", locals())

    def list_devices_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ProfileDevicesLinkagesResponseDataItem]:
        """Every ProfileDevicesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/profiles/{id}/relationships/devices`` (profiles_devices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-devices
        """
        return self._paginate("profiles.profiles_devices_get_to_many_relationship", locals())

    def list_devices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ProfileDevicesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/profiles/{id}/relationships/devices`` (profiles_devices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-devices
        """
        return self._call("profiles.profiles_devices_get_to_many_relationship", locals())


class AsyncProfiles(AsyncResource):
    """`asc.profiles` (async)."""

    async def create(
        self,
        /,
        body: ProfileCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        profile_type: str | Unset = UNSET,
        bundle_id: str | Unset = UNSET,
        devices: str | Sequence[str] | None | Unset = UNSET,
        certificates: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ProfileResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/profiles`` (profiles_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-profiles
        """
        return await self._write("profiles.profiles_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/profiles/{id}`` (profiles_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-profiles-_id_
        """
        return await self._call("profiles.profiles_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_profiles: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_devices: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        limit_devices: int | None = None,
        timeout: Timeout = None,
    ) -> ProfileResponse:
        """One request.

        ``GET /v1/profiles/{id}`` (profiles_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_
        """
        return await self._call("profiles.profiles_get_instance", locals())

    async def get_bundle_id(
        self,
        id: str,
        /,
        *,
        fields_bundle_ids: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BundleIdWithoutIncludesResponse:
        """One request.

        ``GET /v1/profiles/{id}/bundleId`` (profiles_bundleId_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-bundleid
        """
        return await self._call("profiles.profiles_bundle_id_get_to_one_related", locals())

    async def get_bundle_id_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> ProfileBundleIdLinkageResponse:
        """One request.

        ``GET /v1/profiles/{id}/relationships/bundleId`` (profiles_bundleId_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-bundleid
        """
        return await self._call("profiles.profiles_bundle_id_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_profile_type: str | Sequence[str] | None = None,
        filter_profile_state: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_profiles: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_devices: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        limit_devices: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Profile]:
        """Every Profile across pages, with the pagination guards.

        ``GET /v1/profiles`` (profiles_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles
        """
        return self._paginate("profiles.profiles_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_profile_type: str | Sequence[str] | None = None,
        filter_profile_state: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_profiles: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_devices: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        limit_devices: int | None = None,
        timeout: Timeout = None,
    ) -> ProfilesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/profiles`` (profiles_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles
        """
        return await self._call("profiles.profiles_get_collection", locals())

    def list_certificates(
        self,
        id: str,
        /,
        *,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Certificate]:
        """Every Certificate across pages, with the pagination guards.

        ``GET /v1/profiles/{id}/certificates`` (profiles_certificates_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-certificates
        """
        return self._paginate("profiles.profiles_certificates_get_to_many_related", locals())

    async def list_certificates_page(
        self,
        id: str,
        /,
        *,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CertificatesWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/profiles/{id}/certificates`` (profiles_certificates_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-certificates
        """
        return await self._call("profiles.profiles_certificates_get_to_many_related", locals())

    def list_certificates_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ProfileCertificatesLinkagesResponseDataItem]:
        """Every ProfileCertificatesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/profiles/{id}/relationships/certificates`` (profiles_certificates_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-certificates
        """
        return self._paginate("profiles.profiles_certificates_get_to_many_relationship", locals())

    async def list_certificates_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ProfileCertificatesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/profiles/{id}/relationships/certificates`` (profiles_certificates_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-certificates
        """
        return await self._call("profiles.profiles_certificates_get_to_many_relationship", locals())

    def list_devices(
        self,
        id: str,
        /,
        *,
        fields_devices: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Device]:
        """Every Device across pages, with the pagination guards.

        ``GET /v1/profiles/{id}/devices`` (profiles_devices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-devices
        """
        return self._paginate("profiles.profiles_devices_get_to_many_related", locals())

    async def list_devices_page(
        self,
        id: str,
        /,
        *,
        fields_devices: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> DevicesWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/profiles/{id}/devices`` (profiles_devices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-devices
        """
        return await self._call("profiles.profiles_devices_get_to_many_related", locals())

    def list_devices_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ProfileDevicesLinkagesResponseDataItem]:
        """Every ProfileDevicesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/profiles/{id}/relationships/devices`` (profiles_devices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-devices
        """
        return self._paginate("profiles.profiles_devices_get_to_many_relationship", locals())

    async def list_devices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ProfileDevicesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/profiles/{id}/relationships/devices`` (profiles_devices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-devices
        """
        return await self._call("profiles.profiles_devices_get_to_many_relationship", locals())
