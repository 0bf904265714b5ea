"""`asc.beta_build_localizations`: the operations on beta_build_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.beta_build_localization import BetaBuildLocalization
    from ..models.beta_build_localization_build_linkage_response import (
        BetaBuildLocalizationBuildLinkageResponse,
    )
    from ..models.beta_build_localization_create_request import BetaBuildLocalizationCreateRequest
    from ..models.beta_build_localization_response import BetaBuildLocalizationResponse
    from ..models.beta_build_localization_update_request import BetaBuildLocalizationUpdateRequest
    from ..models.beta_build_localizations_response import BetaBuildLocalizationsResponse
    from ..models.build_without_includes_response import BuildWithoutIncludesResponse

__all__ = ["AsyncBetaBuildLocalizations", "BetaBuildLocalizations"]

_CREATE_BODY = Body(
    "betaBuildLocalizations",
    {"whats_new": ("whatsNew", "string", False), "locale": ("locale", "string", True)},
    {"build": ("build", "builds", False, True)},
)
_UPDATE_BODY = Body("betaBuildLocalizations", {"whats_new": ("whatsNew", "string", False)}, {})


class BetaBuildLocalizations(SyncResource):
    """`asc.beta_build_localizations`."""

    def create(
        self,
        /,
        body: BetaBuildLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        whats_new: str | None | Unset = UNSET,
        locale: str | Unset = UNSET,
        build: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaBuildLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaBuildLocalizations`` (betaBuildLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betabuildlocalizations
        """
        return self._write(
            "beta_build_localizations.beta_build_localizations_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaBuildLocalizations/{id}`` (betaBuildLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betabuildlocalizations-_id_
        """
        return self._call("beta_build_localizations.beta_build_localizations_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaBuildLocalizationResponse:
        """One request.

        ``GET /v1/betaBuildLocalizations/{id}`` (betaBuildLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations-_id_
        """
        return self._call("beta_build_localizations.beta_build_localizations_get_instance", locals())

    def get_build(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildWithoutIncludesResponse:
        """One request.

        ``GET /v1/betaBuildLocalizations/{id}/build`` (betaBuildLocalizations_build_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations-_id_-build
        """
        return self._call(
            "beta_build_localizations.beta_build_localizations_build_get_to_one_related", locals()
        )

    def get_build_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaBuildLocalizationBuildLinkageResponse:
        """One request.

        ``GET /v1/betaBuildLocalizations/{id}/relationships/build`` (betaBuildLocalizations_build_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations-_id_-relationships-build
        """
        return self._call(
            "beta_build_localizations.beta_build_localizations_build_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_locale: str | Sequence[str] | None = None,
        filter_build: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaBuildLocalization]:
        """Every BetaBuildLocalization across pages, with the pagination guards.

        ``GET /v1/betaBuildLocalizations`` (betaBuildLocalizations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations
        """
        return self._paginate("beta_build_localizations.beta_build_localizations_get_collection", locals())

    def list_page(
        self,
        *,
        filter_locale: str | Sequence[str] | None = None,
        filter_build: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaBuildLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaBuildLocalizations`` (betaBuildLocalizations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations
        """
        return self._call("beta_build_localizations.beta_build_localizations_get_collection", locals())

    def update(
        self,
        id: str,
        /,
        body: BetaBuildLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        whats_new: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaBuildLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaBuildLocalizations/{id}`` (betaBuildLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betabuildlocalizations-_id_
        """
        return self._write(
            "beta_build_localizations.beta_build_localizations_update_instance", locals(), _UPDATE_BODY
        )


class AsyncBetaBuildLocalizations(AsyncResource):
    """`asc.beta_build_localizations` (async)."""

    async def create(
        self,
        /,
        body: BetaBuildLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        whats_new: str | None | Unset = UNSET,
        locale: str | Unset = UNSET,
        build: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaBuildLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaBuildLocalizations`` (betaBuildLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betabuildlocalizations
        """
        return await self._write(
            "beta_build_localizations.beta_build_localizations_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaBuildLocalizations/{id}`` (betaBuildLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betabuildlocalizations-_id_
        """
        return await self._call("beta_build_localizations.beta_build_localizations_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaBuildLocalizationResponse:
        """One request.

        ``GET /v1/betaBuildLocalizations/{id}`` (betaBuildLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations-_id_
        """
        return await self._call("beta_build_localizations.beta_build_localizations_get_instance", locals())

    async def get_build(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildWithoutIncludesResponse:
        """One request.

        ``GET /v1/betaBuildLocalizations/{id}/build`` (betaBuildLocalizations_build_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations-_id_-build
        """
        return await self._call(
            "beta_build_localizations.beta_build_localizations_build_get_to_one_related", locals()
        )

    async def get_build_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaBuildLocalizationBuildLinkageResponse:
        """One request.

        ``GET /v1/betaBuildLocalizations/{id}/relationships/build`` (betaBuildLocalizations_build_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations-_id_-relationships-build
        """
        return await self._call(
            "beta_build_localizations.beta_build_localizations_build_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_locale: str | Sequence[str] | None = None,
        filter_build: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaBuildLocalization]:
        """Every BetaBuildLocalization across pages, with the pagination guards.

        ``GET /v1/betaBuildLocalizations`` (betaBuildLocalizations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations
        """
        return self._paginate("beta_build_localizations.beta_build_localizations_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_locale: str | Sequence[str] | None = None,
        filter_build: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaBuildLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaBuildLocalizations`` (betaBuildLocalizations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations
        """
        return await self._call("beta_build_localizations.beta_build_localizations_get_collection", locals())

    async def update(
        self,
        id: str,
        /,
        body: BetaBuildLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        whats_new: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaBuildLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaBuildLocalizations/{id}`` (betaBuildLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betabuildlocalizations-_id_
        """
        return await self._write(
            "beta_build_localizations.beta_build_localizations_update_instance", locals(), _UPDATE_BODY
        )
