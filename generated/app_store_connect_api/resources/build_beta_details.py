"""`asc.build_beta_details`: the operations on build_beta_details (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.build_beta_detail import BuildBetaDetail
    from ..models.build_beta_detail_build_linkage_response import BuildBetaDetailBuildLinkageResponse
    from ..models.build_beta_detail_response import BuildBetaDetailResponse
    from ..models.build_beta_detail_update_request import BuildBetaDetailUpdateRequest
    from ..models.build_beta_details_response import BuildBetaDetailsResponse
    from ..models.build_response import BuildResponse

__all__ = ["AsyncBuildBetaDetails", "BuildBetaDetails"]

_UPDATE_BODY = Body("buildBetaDetails", {"auto_notify_enabled": ("autoNotifyEnabled", "boolean", False)}, {})


class BuildBetaDetails(SyncResource):
    """`asc.build_beta_details`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildBetaDetailResponse:
        """One request.

        ``GET /v1/buildBetaDetails/{id}`` (buildBetaDetails_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_
        """
        return self._call("build_beta_details.build_beta_details_get_instance", locals())

    def get_build(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_build_bundles: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_individual_testers: int | None = None,
        limit_beta_groups: int | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_icons: int | None = None,
        limit_build_bundles: int | None = None,
        timeout: Timeout = None,
    ) -> BuildResponse:
        """One request.

        ``GET /v1/buildBetaDetails/{id}/build`` (buildBetaDetails_build_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_-build
        """
        return self._call("build_beta_details.build_beta_details_build_get_to_one_related", locals())

    def get_build_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildBetaDetailBuildLinkageResponse:
        """One request.

        ``GET /v1/buildBetaDetails/{id}/relationships/build`` (buildBetaDetails_build_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_-relationships-build
        """
        return self._call("build_beta_details.build_beta_details_build_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_build: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BuildBetaDetail]:
        """Every BuildBetaDetail across pages, with the pagination guards.

        ``GET /v1/buildBetaDetails`` (buildBetaDetails_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails
        """
        return self._paginate("build_beta_details.build_beta_details_get_collection", locals())

    def list_page(
        self,
        *,
        filter_build: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildBetaDetailsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildBetaDetails`` (buildBetaDetails_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails
        """
        return self._call("build_beta_details.build_beta_details_get_collection", locals())

    def update(
        self,
        id: str,
        /,
        body: BuildBetaDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        auto_notify_enabled: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BuildBetaDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/buildBetaDetails/{id}`` (buildBetaDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-buildbetadetails-_id_
        """
        return self._write("build_beta_details.build_beta_details_update_instance", locals(), _UPDATE_BODY)


class AsyncBuildBetaDetails(AsyncResource):
    """`asc.build_beta_details` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildBetaDetailResponse:
        """One request.

        ``GET /v1/buildBetaDetails/{id}`` (buildBetaDetails_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_
        """
        return await self._call("build_beta_details.build_beta_details_get_instance", locals())

    async def get_build(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_build_bundles: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_individual_testers: int | None = None,
        limit_beta_groups: int | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_icons: int | None = None,
        limit_build_bundles: int | None = None,
        timeout: Timeout = None,
    ) -> BuildResponse:
        """One request.

        ``GET /v1/buildBetaDetails/{id}/build`` (buildBetaDetails_build_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_-build
        """
        return await self._call("build_beta_details.build_beta_details_build_get_to_one_related", locals())

    async def get_build_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildBetaDetailBuildLinkageResponse:
        """One request.

        ``GET /v1/buildBetaDetails/{id}/relationships/build`` (buildBetaDetails_build_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_-relationships-build
        """
        return await self._call(
            "build_beta_details.build_beta_details_build_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_build: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BuildBetaDetail]:
        """Every BuildBetaDetail across pages, with the pagination guards.

        ``GET /v1/buildBetaDetails`` (buildBetaDetails_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails
        """
        return self._paginate("build_beta_details.build_beta_details_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_build: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildBetaDetailsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildBetaDetails`` (buildBetaDetails_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails
        """
        return await self._call("build_beta_details.build_beta_details_get_collection", locals())

    async def update(
        self,
        id: str,
        /,
        body: BuildBetaDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        auto_notify_enabled: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BuildBetaDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/buildBetaDetails/{id}`` (buildBetaDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-buildbetadetails-_id_
        """
        return await self._write(
            "build_beta_details.build_beta_details_update_instance", locals(), _UPDATE_BODY
        )
