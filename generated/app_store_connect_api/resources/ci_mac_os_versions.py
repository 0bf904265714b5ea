"""`asc.ci_mac_os_versions`: the operations on ci_mac_os_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.ci_mac_os_version import CiMacOsVersion
    from ..models.ci_mac_os_version_response import CiMacOsVersionResponse
    from ..models.ci_mac_os_version_xcode_versions_linkages_response import (
        CiMacOsVersionXcodeVersionsLinkagesResponse,
    )
    from ..models.ci_mac_os_version_xcode_versions_linkages_response_data_item import (
        CiMacOsVersionXcodeVersionsLinkagesResponseDataItem,
    )
    from ..models.ci_mac_os_versions_response import CiMacOsVersionsResponse
    from ..models.ci_xcode_version import CiXcodeVersion
    from ..models.ci_xcode_versions_response import CiXcodeVersionsResponse

__all__ = ["AsyncCiMacOsVersions", "CiMacOsVersions"]


class CiMacOsVersions(SyncResource):
    """`asc.ci_mac_os_versions`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_xcode_versions: int | None = None,
        timeout: Timeout = None,
    ) -> CiMacOsVersionResponse:
        """One request.

        ``GET /v1/ciMacOsVersions/{id}`` (ciMacOsVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions-_id_
        """
        return self._call("ci_mac_os_versions.ci_mac_os_versions_get_instance", locals())

    def list(
        self,
        *,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_xcode_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiMacOsVersion]:
        """Every CiMacOsVersion across pages, with the pagination guards.

        ``GET /v1/ciMacOsVersions`` (ciMacOsVersions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions
        """
        return self._paginate("ci_mac_os_versions.ci_mac_os_versions_get_collection", locals())

    def list_page(
        self,
        *,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_xcode_versions: int | None = None,
        timeout: Timeout = None,
    ) -> CiMacOsVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciMacOsVersions`` (ciMacOsVersions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions
        """
        return self._call("ci_mac_os_versions.ci_mac_os_versions_get_collection", locals())

    def list_xcode_versions(
        self,
        id: str,
        /,
        *,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_mac_os_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiXcodeVersion]:
        """Every CiXcodeVersion across pages, with the pagination guards.

        ``GET /v1/ciMacOsVersions/{id}/xcodeVersions`` (ciMacOsVersions_xcodeVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions-_id_-xcodeversions
        """
        return self._paginate(
            "ci_mac_os_versions.ci_mac_os_versions_xcode_versions_get_to_many_related", locals()
        )

    def list_xcode_versions_page(
        self,
        id: str,
        /,
        *,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_mac_os_versions: int | None = None,
        timeout: Timeout = None,
    ) -> CiXcodeVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciMacOsVersions/{id}/xcodeVersions`` (ciMacOsVersions_xcodeVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions-_id_-xcodeversions
        """
        return self._call(
            "ci_mac_os_versions.ci_mac_os_versions_xcode_versions_get_to_many_related", locals()
        )

    def list_xcode_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiMacOsVersionXcodeVersionsLinkagesResponseDataItem]:
        """Every CiMacOsVersionXcodeVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciMacOsVersions/{id}/relationships/xcodeVersions`` (ciMacOsVersions_xcodeVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions-_id_-relationships-xcodeversions
        """
        return self._paginate(
            "ci_mac_os_versions.ci_mac_os_versions_xcode_versions_get_to_many_relationship", locals()
        )

    def list_xcode_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiMacOsVersionXcodeVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciMacOsVersions/{id}/relationships/xcodeVersions`` (ciMacOsVersions_xcodeVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions-_id_-relationships-xcodeversions
        """
        return self._call(
            "ci_mac_os_versions.ci_mac_os_versions_xcode_versions_get_to_many_relationship", locals()
        )


class AsyncCiMacOsVersions(AsyncResource):
    """`asc.ci_mac_os_versions` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_xcode_versions: int | None = None,
        timeout: Timeout = None,
    ) -> CiMacOsVersionResponse:
        """One request.

        ``GET /v1/ciMacOsVersions/{id}`` (ciMacOsVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions-_id_
        """
        return await self._call("ci_mac_os_versions.ci_mac_os_versions_get_instance", locals())

    def list(
        self,
        *,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_xcode_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiMacOsVersion]:
        """Every CiMacOsVersion across pages, with the pagination guards.

        ``GET /v1/ciMacOsVersions`` (ciMacOsVersions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions
        """
        return self._paginate("ci_mac_os_versions.ci_mac_os_versions_get_collection", locals())

    async def list_page(
        self,
        *,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_xcode_versions: int | None = None,
        timeout: Timeout = None,
    ) -> CiMacOsVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciMacOsVersions`` (ciMacOsVersions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions
        """
        return await self._call("ci_mac_os_versions.ci_mac_os_versions_get_collection", locals())

    def list_xcode_versions(
        self,
        id: str,
        /,
        *,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_mac_os_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiXcodeVersion]:
        """Every CiXcodeVersion across pages, with the pagination guards.

        ``GET /v1/ciMacOsVersions/{id}/xcodeVersions`` (ciMacOsVersions_xcodeVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions-_id_-xcodeversions
        """
        return self._paginate(
            "ci_mac_os_versions.ci_mac_os_versions_xcode_versions_get_to_many_related", locals()
        )

    async def list_xcode_versions_page(
        self,
        id: str,
        /,
        *,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_mac_os_versions: int | None = None,
        timeout: Timeout = None,
    ) -> CiXcodeVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciMacOsVersions/{id}/xcodeVersions`` (ciMacOsVersions_xcodeVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions-_id_-xcodeversions
        """
        return await self._call(
            "ci_mac_os_versions.ci_mac_os_versions_xcode_versions_get_to_many_related", locals()
        )

    def list_xcode_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiMacOsVersionXcodeVersionsLinkagesResponseDataItem]:
        """Every CiMacOsVersionXcodeVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciMacOsVersions/{id}/relationships/xcodeVersions`` (ciMacOsVersions_xcodeVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions-_id_-relationships-xcodeversions
        """
        return self._paginate(
            "ci_mac_os_versions.ci_mac_os_versions_xcode_versions_get_to_many_relationship", locals()
        )

    async def list_xcode_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiMacOsVersionXcodeVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciMacOsVersions/{id}/relationships/xcodeVersions`` (ciMacOsVersions_xcodeVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cimacosversions-_id_-relationships-xcodeversions
        """
        return await self._call(
            "ci_mac_os_versions.ci_mac_os_versions_xcode_versions_get_to_many_relationship", locals()
        )
