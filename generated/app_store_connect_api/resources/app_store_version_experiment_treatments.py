"""`asc.app_store_version_experiment_treatments`: the operations on app_store_version_experiment_treatments (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_store_version_experiment_treatment_app_store_version_experiment_treatment_localizations_linkages_response import (
        AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponse,
    )
    from ..models.app_store_version_experiment_treatment_app_store_version_experiment_treatment_localizations_linkages_response_data_item import (
        AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponseDataItem,
    )
    from ..models.app_store_version_experiment_treatment_create_request import (
        AppStoreVersionExperimentTreatmentCreateRequest,
    )
    from ..models.app_store_version_experiment_treatment_localization import (
        AppStoreVersionExperimentTreatmentLocalization,
    )
    from ..models.app_store_version_experiment_treatment_localizations_response import (
        AppStoreVersionExperimentTreatmentLocalizationsResponse,
    )
    from ..models.app_store_version_experiment_treatment_response import (
        AppStoreVersionExperimentTreatmentResponse,
    )
    from ..models.app_store_version_experiment_treatment_update_request import (
        AppStoreVersionExperimentTreatmentUpdateRequest,
    )

__all__ = ["AppStoreVersionExperimentTreatments", "AsyncAppStoreVersionExperimentTreatments"]

_CREATE_BODY = Body(
    "appStoreVersionExperimentTreatments",
    {"name": ("name", "string", True), "app_icon_name": ("appIconName", "string", False)},
    {
        "app_store_version_experiment": (
            "appStoreVersionExperiment",
            "appStoreVersionExperiments",
            False,
            False,
        ),
        "app_store_version_experiment_v2": (
            "appStoreVersionExperimentV2",
            "appStoreVersionExperiments",
            False,
            False,
        ),
    },
)
_UPDATE_BODY = Body(
    "appStoreVersionExperimentTreatments",
    {"name": ("name", "string", False), "app_icon_name": ("appIconName", "string", False)},
    {},
)


class AppStoreVersionExperimentTreatments(SyncResource):
    """`asc.app_store_version_experiment_treatments`."""

    def create(
        self,
        /,
        body: AppStoreVersionExperimentTreatmentCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        app_icon_name: str | None | Unset = UNSET,
        app_store_version_experiment: str | None | Unset = UNSET,
        app_store_version_experiment_v2: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentTreatments_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionexperimenttreatments
        """
        return self._write(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_create_instance",
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

        ``DELETE /v1/appStoreVersionExperimentTreatments/{id}`` (appStoreVersionExperimentTreatments_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionexperimenttreatments-_id_
        """
        return self._call(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatment_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentResponse:
        """One request.

        ``GET /v1/appStoreVersionExperimentTreatments/{id}`` (appStoreVersionExperimentTreatments_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_
        """
        return self._call(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_get_instance",
            locals(),
        )

    def list_app_store_version_experiment_treatment_localizations(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreVersionExperimentTreatmentLocalization]:
        """Every AppStoreVersionExperimentTreatmentLocalization across pages, with the pagination guards.

        ``GET /v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-appstoreversionexperimenttreatmentlocalizations
        """
        return self._paginate(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_related",
            locals(),
        )

    def list_app_store_version_experiment_treatment_localizations_page(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-appstoreversionexperimenttreatmentlocalizations
        """
        return self._call(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_related",
            locals(),
        )

    def list_app_store_version_experiment_treatment_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[
        AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponseDataItem
    ]:
        """Every AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersionExperimentTreatments/{id}/relationships/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-relationships-appstoreversionexperimenttreatmentlocalizations
        """
        return self._paginate(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_relationship",
            locals(),
        )

    def list_app_store_version_experiment_treatment_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersionExperimentTreatments/{id}/relationships/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-relationships-appstoreversionexperimenttreatmentlocalizations
        """
        return self._call(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: AppStoreVersionExperimentTreatmentUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        app_icon_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appStoreVersionExperimentTreatments/{id}`` (appStoreVersionExperimentTreatments_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionexperimenttreatments-_id_
        """
        return self._write(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppStoreVersionExperimentTreatments(AsyncResource):
    """`asc.app_store_version_experiment_treatments` (async)."""

    async def create(
        self,
        /,
        body: AppStoreVersionExperimentTreatmentCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        app_icon_name: str | None | Unset = UNSET,
        app_store_version_experiment: str | None | Unset = UNSET,
        app_store_version_experiment_v2: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentTreatments_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionexperimenttreatments
        """
        return await self._write(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_create_instance",
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

        ``DELETE /v1/appStoreVersionExperimentTreatments/{id}`` (appStoreVersionExperimentTreatments_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionexperimenttreatments-_id_
        """
        return await self._call(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatment_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentResponse:
        """One request.

        ``GET /v1/appStoreVersionExperimentTreatments/{id}`` (appStoreVersionExperimentTreatments_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_
        """
        return await self._call(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_get_instance",
            locals(),
        )

    def list_app_store_version_experiment_treatment_localizations(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreVersionExperimentTreatmentLocalization]:
        """Every AppStoreVersionExperimentTreatmentLocalization across pages, with the pagination guards.

        ``GET /v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-appstoreversionexperimenttreatmentlocalizations
        """
        return self._paginate(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_related",
            locals(),
        )

    async def list_app_store_version_experiment_treatment_localizations_page(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-appstoreversionexperimenttreatmentlocalizations
        """
        return await self._call(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_related",
            locals(),
        )

    def list_app_store_version_experiment_treatment_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[
        AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponseDataItem
    ]:
        """Every AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersionExperimentTreatments/{id}/relationships/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-relationships-appstoreversionexperimenttreatmentlocalizations
        """
        return self._paginate(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_app_store_version_experiment_treatment_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersionExperimentTreatments/{id}/relationships/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-relationships-appstoreversionexperimenttreatmentlocalizations
        """
        return await self._call(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: AppStoreVersionExperimentTreatmentUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        app_icon_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appStoreVersionExperimentTreatments/{id}`` (appStoreVersionExperimentTreatments_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionexperimenttreatments-_id_
        """
        return await self._write(
            "app_store_version_experiment_treatments.app_store_version_experiment_treatments_update_instance",
            locals(),
            _UPDATE_BODY,
        )
