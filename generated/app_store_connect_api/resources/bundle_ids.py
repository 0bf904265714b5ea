"""`asc.bundle_ids`: the operations on bundle_ids (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_without_includes_response import AppWithoutIncludesResponse
    from ..models.bundle_id import BundleId
    from ..models.bundle_id_app_linkage_response import BundleIdAppLinkageResponse
    from ..models.bundle_id_bundle_id_capabilities_linkages_response import (
        BundleIdBundleIdCapabilitiesLinkagesResponse,
    )
    from ..models.bundle_id_bundle_id_capabilities_linkages_response_data_item import (
        BundleIdBundleIdCapabilitiesLinkagesResponseDataItem,
    )
    from ..models.bundle_id_capabilities_without_includes_response import (
        BundleIdCapabilitiesWithoutIncludesResponse,
    )
    from ..models.bundle_id_capability import BundleIdCapability
    from ..models.bundle_id_create_request import BundleIdCreateRequest
    from ..models.bundle_id_profiles_linkages_response import BundleIdProfilesLinkagesResponse
    from ..models.bundle_id_profiles_linkages_response_data_item import (
        BundleIdProfilesLinkagesResponseDataItem,
    )
    from ..models.bundle_id_response import BundleIdResponse
    from ..models.bundle_id_update_request import BundleIdUpdateRequest
    from ..models.bundle_ids_response import BundleIdsResponse
    from ..models.profile import Profile
    from ..models.profiles_without_includes_response import ProfilesWithoutIncludesResponse

__all__ = ["AsyncBundleIds", "BundleIds"]

_CREATE_BODY = Body(
    "bundleIds",
    {
        "name": ("name", "string", True),
        "platform": ("platform", "string", True),
        "identifier": ("identifier", "string", True),
        "seed_id": ("seedId", "string", False),
    },
    {},
)
_UPDATE_BODY = Body("bundleIds", {"name": ("name", "string", False)}, {})


class BundleIds(SyncResource):
    """`asc.bundle_ids`."""

    def create(
        self,
        /,
        body: BundleIdCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        seed_id: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BundleIdResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/bundleIds`` (bundleIds_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-bundleids
        """
        return self._write("bundle_ids.bundle_ids_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/bundleIds/{id}`` (bundleIds_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-bundleids-_id_
        """
        return self._call("bundle_ids.bundle_ids_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_profiles: str | Sequence[str] | None = None,
        fields_bundle_id_capabilities: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_bundle_id_capabilities: int | None = None,
        limit_profiles: int | None = None,
        timeout: Timeout = None,
    ) -> BundleIdResponse:
        """One request.

        ``GET /v1/bundleIds/{id}`` (bundleIds_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_
        """
        return self._call("bundle_ids.bundle_ids_get_instance", locals())

    def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/bundleIds/{id}/app`` (bundleIds_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-app
        """
        return self._call("bundle_ids.bundle_ids_app_get_to_one_related", locals())

    def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BundleIdAppLinkageResponse:
        """One request.

        ``GET /v1/bundleIds/{id}/relationships/app`` (bundleIds_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-app
        """
        return self._call("bundle_ids.bundle_ids_app_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_identifier: str | Sequence[str] | None = None,
        filter_seed_id: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_profiles: str | Sequence[str] | None = None,
        fields_bundle_id_capabilities: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_bundle_id_capabilities: int | None = None,
        limit_profiles: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BundleId]:
        """Every BundleId across pages, with the pagination guards.

        ``GET /v1/bundleIds`` (bundleIds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids
        """
        return self._paginate("bundle_ids.bundle_ids_get_collection", locals())

    def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_identifier: str | Sequence[str] | None = None,
        filter_seed_id: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_profiles: str | Sequence[str] | None = None,
        fields_bundle_id_capabilities: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_bundle_id_capabilities: int | None = None,
        limit_profiles: int | None = None,
        timeout: Timeout = None,
    ) -> BundleIdsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/bundleIds`` (bundleIds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids
        """
        return self._call("bundle_ids.bundle_ids_get_collection", locals())

    def list_bundle_id_capabilities(
        self,
        id: str,
        /,
        *,
        fields_bundle_id_capabilities: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BundleIdCapability]:
        """Every BundleIdCapability across pages, with the pagination guards.

        ``GET /v1/bundleIds/{id}/bundleIdCapabilities`` (bundleIds_bundleIdCapabilities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-bundleidcapabilities
        """
        return self._paginate("bundle_ids.bundle_ids_bundle_id_capabilities_get_to_many_related", locals())

    def list_bundle_id_capabilities_page(
        self,
        id: str,
        /,
        *,
        fields_bundle_id_capabilities: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BundleIdCapabilitiesWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/bundleIds/{id}/bundleIdCapabilities`` (bundleIds_bundleIdCapabilities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-bundleidcapabilities
        """
        return self._call("bundle_ids.bundle_ids_bundle_id_capabilities_get_to_many_related", locals())

    def list_bundle_id_capabilities_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BundleIdBundleIdCapabilitiesLinkagesResponseDataItem]:
        """Every BundleIdBundleIdCapabilitiesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/bundleIds/{id}/relationships/bundleIdCapabilities`` (bundleIds_bundleIdCapabilities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-bundleidcapabilities
        """
        return self._paginate(
            "bundle_ids.bundle_ids_bundle_id_capabilities_get_to_many_relationship", locals()
        )

    def list_bundle_id_capabilities_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BundleIdBundleIdCapabilitiesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/bundleIds/{id}/relationships/bundleIdCapabilities`` (bundleIds_bundleIdCapabilities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-bundleidcapabilities
        """
        return self._call("bundle_ids.bundle_ids_bundle_id_capabilities_get_to_many_relationship", locals())

    def list_profiles(
        self,
        id: str,
        /,
        *,
        fields_profiles: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Profile]:
        """Every Profile across pages, with the pagination guards.

        ``GET /v1/bundleIds/{id}/profiles`` (bundleIds_profiles_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-profiles
        """
        return self._paginate("bundle_ids.bundle_ids_profiles_get_to_many_related", locals())

    def list_profiles_page(
        self,
        id: str,
        /,
        *,
        fields_profiles: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ProfilesWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/bundleIds/{id}/profiles`` (bundleIds_profiles_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-profiles
        """
        return self._call("bundle_ids.bundle_ids_profiles_get_to_many_related", locals())

    def list_profiles_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BundleIdProfilesLinkagesResponseDataItem]:
        """Every BundleIdProfilesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/bundleIds/{id}/relationships/profiles`` (bundleIds_profiles_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-profiles
        """
        return self._paginate("bundle_ids.bundle_ids_profiles_get_to_many_relationship", locals())

    def list_profiles_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BundleIdProfilesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/bundleIds/{id}/relationships/profiles`` (bundleIds_profiles_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-profiles
        """
        return self._call("bundle_ids.bundle_ids_profiles_get_to_many_relationship", locals())

    def update(
        self,
        id: str,
        /,
        body: BundleIdUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BundleIdResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/bundleIds/{id}`` (bundleIds_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-bundleids-_id_
        """
        return self._write("bundle_ids.bundle_ids_update_instance", locals(), _UPDATE_BODY)


class AsyncBundleIds(AsyncResource):
    """`asc.bundle_ids` (async)."""

    async def create(
        self,
        /,
        body: BundleIdCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        seed_id: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BundleIdResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/bundleIds`` (bundleIds_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-bundleids
        """
        return await self._write("bundle_ids.bundle_ids_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/bundleIds/{id}`` (bundleIds_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-bundleids-_id_
        """
        return await self._call("bundle_ids.bundle_ids_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_profiles: str | Sequence[str] | None = None,
        fields_bundle_id_capabilities: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_bundle_id_capabilities: int | None = None,
        limit_profiles: int | None = None,
        timeout: Timeout = None,
    ) -> BundleIdResponse:
        """One request.

        ``GET /v1/bundleIds/{id}`` (bundleIds_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_
        """
        return await self._call("bundle_ids.bundle_ids_get_instance", locals())

    async def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/bundleIds/{id}/app`` (bundleIds_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-app
        """
        return await self._call("bundle_ids.bundle_ids_app_get_to_one_related", locals())

    async def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BundleIdAppLinkageResponse:
        """One request.

        ``GET /v1/bundleIds/{id}/relationships/app`` (bundleIds_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-app
        """
        return await self._call("bundle_ids.bundle_ids_app_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_identifier: str | Sequence[str] | None = None,
        filter_seed_id: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_profiles: str | Sequence[str] | None = None,
        fields_bundle_id_capabilities: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_bundle_id_capabilities: int | None = None,
        limit_profiles: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BundleId]:
        """Every BundleId across pages, with the pagination guards.

        ``GET /v1/bundleIds`` (bundleIds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids
        """
        return self._paginate("bundle_ids.bundle_ids_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_identifier: str | Sequence[str] | None = None,
        filter_seed_id: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_profiles: str | Sequence[str] | None = None,
        fields_bundle_id_capabilities: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_bundle_id_capabilities: int | None = None,
        limit_profiles: int | None = None,
        timeout: Timeout = None,
    ) -> BundleIdsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/bundleIds`` (bundleIds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids
        """
        return await self._call("bundle_ids.bundle_ids_get_collection", locals())

    def list_bundle_id_capabilities(
        self,
        id: str,
        /,
        *,
        fields_bundle_id_capabilities: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BundleIdCapability]:
        """Every BundleIdCapability across pages, with the pagination guards.

        ``GET /v1/bundleIds/{id}/bundleIdCapabilities`` (bundleIds_bundleIdCapabilities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-bundleidcapabilities
        """
        return self._paginate("bundle_ids.bundle_ids_bundle_id_capabilities_get_to_many_related", locals())

    async def list_bundle_id_capabilities_page(
        self,
        id: str,
        /,
        *,
        fields_bundle_id_capabilities: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BundleIdCapabilitiesWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/bundleIds/{id}/bundleIdCapabilities`` (bundleIds_bundleIdCapabilities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-bundleidcapabilities
        """
        return await self._call("bundle_ids.bundle_ids_bundle_id_capabilities_get_to_many_related", locals())

    def list_bundle_id_capabilities_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BundleIdBundleIdCapabilitiesLinkagesResponseDataItem]:
        """Every BundleIdBundleIdCapabilitiesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/bundleIds/{id}/relationships/bundleIdCapabilities`` (bundleIds_bundleIdCapabilities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-bundleidcapabilities
        """
        return self._paginate(
            "bundle_ids.bundle_ids_bundle_id_capabilities_get_to_many_relationship", locals()
        )

    async def list_bundle_id_capabilities_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BundleIdBundleIdCapabilitiesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/bundleIds/{id}/relationships/bundleIdCapabilities`` (bundleIds_bundleIdCapabilities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-bundleidcapabilities
        """
        return await self._call(
            "bundle_ids.bundle_ids_bundle_id_capabilities_get_to_many_relationship", locals()
        )

    def list_profiles(
        self,
        id: str,
        /,
        *,
        fields_profiles: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Profile]:
        """Every Profile across pages, with the pagination guards.

        ``GET /v1/bundleIds/{id}/profiles`` (bundleIds_profiles_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-profiles
        """
        return self._paginate("bundle_ids.bundle_ids_profiles_get_to_many_related", locals())

    async def list_profiles_page(
        self,
        id: str,
        /,
        *,
        fields_profiles: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ProfilesWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/bundleIds/{id}/profiles`` (bundleIds_profiles_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-profiles
        """
        return await self._call("bundle_ids.bundle_ids_profiles_get_to_many_related", locals())

    def list_profiles_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BundleIdProfilesLinkagesResponseDataItem]:
        """Every BundleIdProfilesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/bundleIds/{id}/relationships/profiles`` (bundleIds_profiles_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-profiles
        """
        return self._paginate("bundle_ids.bundle_ids_profiles_get_to_many_relationship", locals())

    async def list_profiles_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BundleIdProfilesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/bundleIds/{id}/relationships/profiles`` (bundleIds_profiles_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-profiles
        """
        return await self._call("bundle_ids.bundle_ids_profiles_get_to_many_relationship", locals())

    async def update(
        self,
        id: str,
        /,
        body: BundleIdUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BundleIdResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/bundleIds/{id}`` (bundleIds_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-bundleids-_id_
        """
        return await self._write("bundle_ids.bundle_ids_update_instance", locals(), _UPDATE_BODY)
