"""`asc.pre_release_versions`: the operations on pre_release_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_without_includes_response import AppWithoutIncludesResponse
    from ..models.build import Build
    from ..models.builds_without_includes_response import BuildsWithoutIncludesResponse
    from ..models.pre_release_versions_response import PreReleaseVersionsResponse
    from ..models.prerelease_version import PrereleaseVersion
    from ..models.prerelease_version_app_linkage_response import PrereleaseVersionAppLinkageResponse
    from ..models.prerelease_version_builds_linkages_response import PrereleaseVersionBuildsLinkagesResponse
    from ..models.prerelease_version_builds_linkages_response_data_item import (
        PrereleaseVersionBuildsLinkagesResponseDataItem,
    )
    from ..models.prerelease_version_response import PrereleaseVersionResponse

__all__ = ["AsyncPreReleaseVersions", "PreReleaseVersions"]


class PreReleaseVersions(SyncResource):
    """`asc.pre_release_versions`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> PrereleaseVersionResponse:
        """One request.

        ``GET /v1/preReleaseVersions/{id}`` (preReleaseVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_
        """
        return self._call("pre_release_versions.pre_release_versions_get_instance", locals())

    def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/preReleaseVersions/{id}/app`` (preReleaseVersions_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-app
        """
        return self._call("pre_release_versions.pre_release_versions_app_get_to_one_related", locals())

    def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> PrereleaseVersionAppLinkageResponse:
        """One request.

        ``GET /v1/preReleaseVersions/{id}/relationships/app`` (preReleaseVersions_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-relationships-app
        """
        return self._call("pre_release_versions.pre_release_versions_app_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_builds_build_audience_type: str | Sequence[str] | None = None,
        filter_builds_expired: str | Sequence[str] | None = None,
        filter_builds_processing_state: str | Sequence[str] | None = None,
        filter_builds_version: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_version: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[PrereleaseVersion]:
        """Every PrereleaseVersion across pages, with the pagination guards.

        ``GET /v1/preReleaseVersions`` (preReleaseVersions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions
        """
        return self._paginate("pre_release_versions.pre_release_versions_get_collection", locals())

    def list_page(
        self,
        *,
        filter_builds_build_audience_type: str | Sequence[str] | None = None,
        filter_builds_expired: str | Sequence[str] | None = None,
        filter_builds_processing_state: str | Sequence[str] | None = None,
        filter_builds_version: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_version: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> PreReleaseVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/preReleaseVersions`` (preReleaseVersions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions
        """
        return self._call("pre_release_versions.pre_release_versions_get_collection", locals())

    def list_builds(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Build]:
        """Every Build across pages, with the pagination guards.

        ``GET /v1/preReleaseVersions/{id}/builds`` (preReleaseVersions_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-builds
        """
        return self._paginate(
            "pre_release_versions.pre_release_versions_builds_get_to_many_related", locals()
        )

    def list_builds_page(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/preReleaseVersions/{id}/builds`` (preReleaseVersions_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-builds
        """
        return self._call("pre_release_versions.pre_release_versions_builds_get_to_many_related", locals())

    def list_builds_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[PrereleaseVersionBuildsLinkagesResponseDataItem]:
        """Every PrereleaseVersionBuildsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/preReleaseVersions/{id}/relationships/builds`` (preReleaseVersions_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-relationships-builds
        """
        return self._paginate(
            "pre_release_versions.pre_release_versions_builds_get_to_many_relationship", locals()
        )

    def list_builds_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> PrereleaseVersionBuildsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/preReleaseVersions/{id}/relationships/builds`` (preReleaseVersions_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-relationships-builds
        """
        return self._call(
            "pre_release_versions.pre_release_versions_builds_get_to_many_relationship", locals()
        )


class AsyncPreReleaseVersions(AsyncResource):
    """`asc.pre_release_versions` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> PrereleaseVersionResponse:
        """One request.

        ``GET /v1/preReleaseVersions/{id}`` (preReleaseVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_
        """
        return await self._call("pre_release_versions.pre_release_versions_get_instance", locals())

    async def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/preReleaseVersions/{id}/app`` (preReleaseVersions_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-app
        """
        return await self._call("pre_release_versions.pre_release_versions_app_get_to_one_related", locals())

    async def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> PrereleaseVersionAppLinkageResponse:
        """One request.

        ``GET /v1/preReleaseVersions/{id}/relationships/app`` (preReleaseVersions_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-relationships-app
        """
        return await self._call(
            "pre_release_versions.pre_release_versions_app_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_builds_build_audience_type: str | Sequence[str] | None = None,
        filter_builds_expired: str | Sequence[str] | None = None,
        filter_builds_processing_state: str | Sequence[str] | None = None,
        filter_builds_version: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_version: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[PrereleaseVersion]:
        """Every PrereleaseVersion across pages, with the pagination guards.

        ``GET /v1/preReleaseVersions`` (preReleaseVersions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions
        """
        return self._paginate("pre_release_versions.pre_release_versions_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_builds_build_audience_type: str | Sequence[str] | None = None,
        filter_builds_expired: str | Sequence[str] | None = None,
        filter_builds_processing_state: str | Sequence[str] | None = None,
        filter_builds_version: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_version: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> PreReleaseVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/preReleaseVersions`` (preReleaseVersions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions
        """
        return await self._call("pre_release_versions.pre_release_versions_get_collection", locals())

    def list_builds(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Build]:
        """Every Build across pages, with the pagination guards.

        ``GET /v1/preReleaseVersions/{id}/builds`` (preReleaseVersions_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-builds
        """
        return self._paginate(
            "pre_release_versions.pre_release_versions_builds_get_to_many_related", locals()
        )

    async def list_builds_page(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/preReleaseVersions/{id}/builds`` (preReleaseVersions_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-builds
        """
        return await self._call(
            "pre_release_versions.pre_release_versions_builds_get_to_many_related", locals()
        )

    def list_builds_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[PrereleaseVersionBuildsLinkagesResponseDataItem]:
        """Every PrereleaseVersionBuildsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/preReleaseVersions/{id}/relationships/builds`` (preReleaseVersions_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-relationships-builds
        """
        return self._paginate(
            "pre_release_versions.pre_release_versions_builds_get_to_many_relationship", locals()
        )

    async def list_builds_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> PrereleaseVersionBuildsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/preReleaseVersions/{id}/relationships/builds`` (preReleaseVersions_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-relationships-builds
        """
        return await self._call(
            "pre_release_versions.pre_release_versions_builds_get_to_many_relationship", locals()
        )
