"""`asc.build_bundles`: the operations on build_bundles (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_clip_domain_status_response import AppClipDomainStatusResponse
    from ..models.beta_app_clip_invocation import BetaAppClipInvocation
    from ..models.beta_app_clip_invocations_response import BetaAppClipInvocationsResponse
    from ..models.build_bundle_app_clip_domain_cache_status_linkage_response import (
        BuildBundleAppClipDomainCacheStatusLinkageResponse,
    )
    from ..models.build_bundle_app_clip_domain_debug_status_linkage_response import (
        BuildBundleAppClipDomainDebugStatusLinkageResponse,
    )
    from ..models.build_bundle_beta_app_clip_invocations_linkages_response import (
        BuildBundleBetaAppClipInvocationsLinkagesResponse,
    )
    from ..models.build_bundle_beta_app_clip_invocations_linkages_response_data_item import (
        BuildBundleBetaAppClipInvocationsLinkagesResponseDataItem,
    )
    from ..models.build_bundle_build_bundle_file_sizes_linkages_response import (
        BuildBundleBuildBundleFileSizesLinkagesResponse,
    )
    from ..models.build_bundle_build_bundle_file_sizes_linkages_response_data_item import (
        BuildBundleBuildBundleFileSizesLinkagesResponseDataItem,
    )
    from ..models.build_bundle_file_size import BuildBundleFileSize
    from ..models.build_bundle_file_sizes_response import BuildBundleFileSizesResponse

__all__ = ["AsyncBuildBundles", "BuildBundles"]


class BuildBundles(SyncResource):
    """`asc.build_bundles`."""

    def get_app_clip_domain_cache_status(
        self,
        id: str,
        /,
        *,
        fields_app_clip_domain_statuses: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipDomainStatusResponse:
        """One request.

        ``GET /v1/buildBundles/{id}/appClipDomainCacheStatus`` (buildBundles_appClipDomainCacheStatus_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-appclipdomaincachestatus
        """
        return self._call(
            "build_bundles.build_bundles_app_clip_domain_cache_status_get_to_one_related", locals()
        )

    def get_app_clip_domain_cache_status_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildBundleAppClipDomainCacheStatusLinkageResponse:
        """One request.

        ``GET /v1/buildBundles/{id}/relationships/appClipDomainCacheStatus`` (buildBundles_appClipDomainCacheStatus_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-appclipdomaincachestatus
        """
        return self._call(
            "build_bundles.build_bundles_app_clip_domain_cache_status_get_to_one_relationship", locals()
        )

    def get_app_clip_domain_debug_status(
        self,
        id: str,
        /,
        *,
        fields_app_clip_domain_statuses: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipDomainStatusResponse:
        """One request.

        ``GET /v1/buildBundles/{id}/appClipDomainDebugStatus`` (buildBundles_appClipDomainDebugStatus_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-appclipdomaindebugstatus
        """
        return self._call(
            "build_bundles.build_bundles_app_clip_domain_debug_status_get_to_one_related", locals()
        )

    def get_app_clip_domain_debug_status_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildBundleAppClipDomainDebugStatusLinkageResponse:
        """One request.

        ``GET /v1/buildBundles/{id}/relationships/appClipDomainDebugStatus`` (buildBundles_appClipDomainDebugStatus_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-appclipdomaindebugstatus
        """
        return self._call(
            "build_bundles.build_bundles_app_clip_domain_debug_status_get_to_one_relationship", locals()
        )

    def list_beta_app_clip_invocations(
        self,
        id: str,
        /,
        *,
        fields_beta_app_clip_invocations: str | Sequence[str] | None = None,
        fields_beta_app_clip_invocation_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_app_clip_invocation_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaAppClipInvocation]:
        """Every BetaAppClipInvocation across pages, with the pagination guards.

        ``GET /v1/buildBundles/{id}/betaAppClipInvocations`` (buildBundles_betaAppClipInvocations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-betaappclipinvocations
        """
        return self._paginate(
            "build_bundles.build_bundles_beta_app_clip_invocations_get_to_many_related", locals()
        )

    def list_beta_app_clip_invocations_page(
        self,
        id: str,
        /,
        *,
        fields_beta_app_clip_invocations: str | Sequence[str] | None = None,
        fields_beta_app_clip_invocation_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_app_clip_invocation_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> BetaAppClipInvocationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildBundles/{id}/betaAppClipInvocations`` (buildBundles_betaAppClipInvocations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-betaappclipinvocations
        """
        return self._call(
            "build_bundles.build_bundles_beta_app_clip_invocations_get_to_many_related", locals()
        )

    def list_beta_app_clip_invocations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BuildBundleBetaAppClipInvocationsLinkagesResponseDataItem]:
        """Every BuildBundleBetaAppClipInvocationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/buildBundles/{id}/relationships/betaAppClipInvocations`` (buildBundles_betaAppClipInvocations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-betaappclipinvocations
        """
        return self._paginate(
            "build_bundles.build_bundles_beta_app_clip_invocations_get_to_many_relationship", locals()
        )

    def list_beta_app_clip_invocations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildBundleBetaAppClipInvocationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildBundles/{id}/relationships/betaAppClipInvocations`` (buildBundles_betaAppClipInvocations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-betaappclipinvocations
        """
        return self._call(
            "build_bundles.build_bundles_beta_app_clip_invocations_get_to_many_relationship", locals()
        )

    def list_build_bundle_file_sizes(
        self,
        id: str,
        /,
        *,
        fields_build_bundle_file_sizes: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BuildBundleFileSize]:
        """Every BuildBundleFileSize across pages, with the pagination guards.

        ``GET /v1/buildBundles/{id}/buildBundleFileSizes`` (buildBundles_buildBundleFileSizes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-buildbundlefilesizes
        """
        return self._paginate(
            "build_bundles.build_bundles_build_bundle_file_sizes_get_to_many_related", locals()
        )

    def list_build_bundle_file_sizes_page(
        self,
        id: str,
        /,
        *,
        fields_build_bundle_file_sizes: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildBundleFileSizesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildBundles/{id}/buildBundleFileSizes`` (buildBundles_buildBundleFileSizes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-buildbundlefilesizes
        """
        return self._call("build_bundles.build_bundles_build_bundle_file_sizes_get_to_many_related", locals())

    def list_build_bundle_file_sizes_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BuildBundleBuildBundleFileSizesLinkagesResponseDataItem]:
        """Every BuildBundleBuildBundleFileSizesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/buildBundles/{id}/relationships/buildBundleFileSizes`` (buildBundles_buildBundleFileSizes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-buildbundlefilesizes
        """
        return self._paginate(
            "build_bundles.build_bundles_build_bundle_file_sizes_get_to_many_relationship", locals()
        )

    def list_build_bundle_file_sizes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildBundleBuildBundleFileSizesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildBundles/{id}/relationships/buildBundleFileSizes`` (buildBundles_buildBundleFileSizes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-buildbundlefilesizes
        """
        return self._call(
            "build_bundles.build_bundles_build_bundle_file_sizes_get_to_many_relationship", locals()
        )


class AsyncBuildBundles(AsyncResource):
    """`asc.build_bundles` (async)."""

    async def get_app_clip_domain_cache_status(
        self,
        id: str,
        /,
        *,
        fields_app_clip_domain_statuses: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipDomainStatusResponse:
        """One request.

        ``GET /v1/buildBundles/{id}/appClipDomainCacheStatus`` (buildBundles_appClipDomainCacheStatus_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-appclipdomaincachestatus
        """
        return await self._call(
            "build_bundles.build_bundles_app_clip_domain_cache_status_get_to_one_related", locals()
        )

    async def get_app_clip_domain_cache_status_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildBundleAppClipDomainCacheStatusLinkageResponse:
        """One request.

        ``GET /v1/buildBundles/{id}/relationships/appClipDomainCacheStatus`` (buildBundles_appClipDomainCacheStatus_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-appclipdomaincachestatus
        """
        return await self._call(
            "build_bundles.build_bundles_app_clip_domain_cache_status_get_to_one_relationship", locals()
        )

    async def get_app_clip_domain_debug_status(
        self,
        id: str,
        /,
        *,
        fields_app_clip_domain_statuses: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipDomainStatusResponse:
        """One request.

        ``GET /v1/buildBundles/{id}/appClipDomainDebugStatus`` (buildBundles_appClipDomainDebugStatus_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-appclipdomaindebugstatus
        """
        return await self._call(
            "build_bundles.build_bundles_app_clip_domain_debug_status_get_to_one_related", locals()
        )

    async def get_app_clip_domain_debug_status_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildBundleAppClipDomainDebugStatusLinkageResponse:
        """One request.

        ``GET /v1/buildBundles/{id}/relationships/appClipDomainDebugStatus`` (buildBundles_appClipDomainDebugStatus_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-appclipdomaindebugstatus
        """
        return await self._call(
            "build_bundles.build_bundles_app_clip_domain_debug_status_get_to_one_relationship", locals()
        )

    def list_beta_app_clip_invocations(
        self,
        id: str,
        /,
        *,
        fields_beta_app_clip_invocations: str | Sequence[str] | None = None,
        fields_beta_app_clip_invocation_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_app_clip_invocation_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaAppClipInvocation]:
        """Every BetaAppClipInvocation across pages, with the pagination guards.

        ``GET /v1/buildBundles/{id}/betaAppClipInvocations`` (buildBundles_betaAppClipInvocations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-betaappclipinvocations
        """
        return self._paginate(
            "build_bundles.build_bundles_beta_app_clip_invocations_get_to_many_related", locals()
        )

    async def list_beta_app_clip_invocations_page(
        self,
        id: str,
        /,
        *,
        fields_beta_app_clip_invocations: str | Sequence[str] | None = None,
        fields_beta_app_clip_invocation_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_app_clip_invocation_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> BetaAppClipInvocationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildBundles/{id}/betaAppClipInvocations`` (buildBundles_betaAppClipInvocations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-betaappclipinvocations
        """
        return await self._call(
            "build_bundles.build_bundles_beta_app_clip_invocations_get_to_many_related", locals()
        )

    def list_beta_app_clip_invocations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BuildBundleBetaAppClipInvocationsLinkagesResponseDataItem]:
        """Every BuildBundleBetaAppClipInvocationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/buildBundles/{id}/relationships/betaAppClipInvocations`` (buildBundles_betaAppClipInvocations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-betaappclipinvocations
        """
        return self._paginate(
            "build_bundles.build_bundles_beta_app_clip_invocations_get_to_many_relationship", locals()
        )

    async def list_beta_app_clip_invocations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildBundleBetaAppClipInvocationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildBundles/{id}/relationships/betaAppClipInvocations`` (buildBundles_betaAppClipInvocations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-betaappclipinvocations
        """
        return await self._call(
            "build_bundles.build_bundles_beta_app_clip_invocations_get_to_many_relationship", locals()
        )

    def list_build_bundle_file_sizes(
        self,
        id: str,
        /,
        *,
        fields_build_bundle_file_sizes: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BuildBundleFileSize]:
        """Every BuildBundleFileSize across pages, with the pagination guards.

        ``GET /v1/buildBundles/{id}/buildBundleFileSizes`` (buildBundles_buildBundleFileSizes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-buildbundlefilesizes
        """
        return self._paginate(
            "build_bundles.build_bundles_build_bundle_file_sizes_get_to_many_related", locals()
        )

    async def list_build_bundle_file_sizes_page(
        self,
        id: str,
        /,
        *,
        fields_build_bundle_file_sizes: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildBundleFileSizesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildBundles/{id}/buildBundleFileSizes`` (buildBundles_buildBundleFileSizes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-buildbundlefilesizes
        """
        return await self._call(
            "build_bundles.build_bundles_build_bundle_file_sizes_get_to_many_related", locals()
        )

    def list_build_bundle_file_sizes_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BuildBundleBuildBundleFileSizesLinkagesResponseDataItem]:
        """Every BuildBundleBuildBundleFileSizesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/buildBundles/{id}/relationships/buildBundleFileSizes`` (buildBundles_buildBundleFileSizes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-buildbundlefilesizes
        """
        return self._paginate(
            "build_bundles.build_bundles_build_bundle_file_sizes_get_to_many_relationship", locals()
        )

    async def list_build_bundle_file_sizes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildBundleBuildBundleFileSizesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildBundles/{id}/relationships/buildBundleFileSizes`` (buildBundles_buildBundleFileSizes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-buildbundlefilesizes
        """
        return await self._call(
            "build_bundles.build_bundles_build_bundle_file_sizes_get_to_many_relationship", locals()
        )
