"""`asc.app_store_version_experiments`: the operations on app_store_version_experiments (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_store_version_experiment_app_store_version_experiment_treatments_linkages_response import (
        AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponse,
    )
    from ..models.app_store_version_experiment_app_store_version_experiment_treatments_linkages_response_data_item import (
        AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponseDataItem,
    )
    from ..models.app_store_version_experiment_create_request import AppStoreVersionExperimentCreateRequest
    from ..models.app_store_version_experiment_response import AppStoreVersionExperimentResponse
    from ..models.app_store_version_experiment_treatment import AppStoreVersionExperimentTreatment
    from ..models.app_store_version_experiment_treatments_response import (
        AppStoreVersionExperimentTreatmentsResponse,
    )
    from ..models.app_store_version_experiment_update_request import AppStoreVersionExperimentUpdateRequest

__all__ = ["AppStoreVersionExperiments", "AsyncAppStoreVersionExperiments"]

_CREATE_BODY = Body(
    "appStoreVersionExperiments",
    {"name": ("name", "string", True), "traffic_proportion": ("trafficProportion", "integer", True)},
    {"app_store_version": ("appStoreVersion", "appStoreVersions", False, True)},
)
_UPDATE_BODY = Body(
    "appStoreVersionExperiments",
    {
        "name": ("name", "string", False),
        "traffic_proportion": ("trafficProportion", "integer", False),
        "started": ("started", "boolean", False),
    },
    {},
)


class AppStoreVersionExperiments(SyncResource):
    """`asc.app_store_version_experiments`."""

    def create(
        self,
        /,
        body: AppStoreVersionExperimentCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        traffic_proportion: int | Unset = UNSET,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersionExperiments`` (appStoreVersionExperiments_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionexperiments
        """
        return self._write(
            "app_store_version_experiments.app_store_version_experiments_create_instance",
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

        ``DELETE /v1/appStoreVersionExperiments/{id}`` (appStoreVersionExperiments_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionexperiments-_id_
        """
        return self._call(
            "app_store_version_experiments.app_store_version_experiments_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentResponse:
        """One request.

        ``GET /v1/appStoreVersionExperiments/{id}`` (appStoreVersionExperiments_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_
        """
        return self._call(
            "app_store_version_experiments.app_store_version_experiments_get_instance", locals()
        )

    def list_app_store_version_experiment_treatments(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatment_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreVersionExperimentTreatment]:
        """Every AppStoreVersionExperimentTreatment across pages, with the pagination guards.

        ``GET /v1/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments`` (appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments
        """
        return self._paginate(
            "app_store_version_experiments.app_store_version_experiments_app_store_version_experiment_treatments_get_to_many_related",
            locals(),
        )

    def list_app_store_version_experiment_treatments_page(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatment_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments`` (appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments
        """
        return self._call(
            "app_store_version_experiments.app_store_version_experiments_app_store_version_experiment_treatments_get_to_many_related",
            locals(),
        )

    def list_app_store_version_experiment_treatments_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponseDataItem]:
        """Every AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments`` (appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_-relationships-appstoreversionexperimenttreatments
        """
        return self._paginate(
            "app_store_version_experiments.app_store_version_experiments_app_store_version_experiment_treatments_get_to_many_relationship",
            locals(),
        )

    def list_app_store_version_experiment_treatments_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments`` (appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_-relationships-appstoreversionexperimenttreatments
        """
        return self._call(
            "app_store_version_experiments.app_store_version_experiments_app_store_version_experiment_treatments_get_to_many_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: AppStoreVersionExperimentUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        traffic_proportion: int | None | Unset = UNSET,
        started: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appStoreVersionExperiments/{id}`` (appStoreVersionExperiments_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionexperiments-_id_
        """
        return self._write(
            "app_store_version_experiments.app_store_version_experiments_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppStoreVersionExperiments(AsyncResource):
    """`asc.app_store_version_experiments` (async)."""

    async def create(
        self,
        /,
        body: AppStoreVersionExperimentCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        traffic_proportion: int | Unset = UNSET,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersionExperiments`` (appStoreVersionExperiments_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionexperiments
        """
        return await self._write(
            "app_store_version_experiments.app_store_version_experiments_create_instance",
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

        ``DELETE /v1/appStoreVersionExperiments/{id}`` (appStoreVersionExperiments_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionexperiments-_id_
        """
        return await self._call(
            "app_store_version_experiments.app_store_version_experiments_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentResponse:
        """One request.

        ``GET /v1/appStoreVersionExperiments/{id}`` (appStoreVersionExperiments_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_
        """
        return await self._call(
            "app_store_version_experiments.app_store_version_experiments_get_instance", locals()
        )

    def list_app_store_version_experiment_treatments(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatment_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreVersionExperimentTreatment]:
        """Every AppStoreVersionExperimentTreatment across pages, with the pagination guards.

        ``GET /v1/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments`` (appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments
        """
        return self._paginate(
            "app_store_version_experiments.app_store_version_experiments_app_store_version_experiment_treatments_get_to_many_related",
            locals(),
        )

    async def list_app_store_version_experiment_treatments_page(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatment_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments`` (appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments
        """
        return await self._call(
            "app_store_version_experiments.app_store_version_experiments_app_store_version_experiment_treatments_get_to_many_related",
            locals(),
        )

    def list_app_store_version_experiment_treatments_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponseDataItem]:
        """Every AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments`` (appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_-relationships-appstoreversionexperimenttreatments
        """
        return self._paginate(
            "app_store_version_experiments.app_store_version_experiments_app_store_version_experiment_treatments_get_to_many_relationship",
            locals(),
        )

    async def list_app_store_version_experiment_treatments_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments`` (appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_-relationships-appstoreversionexperimenttreatments
        """
        return await self._call(
            "app_store_version_experiments.app_store_version_experiments_app_store_version_experiment_treatments_get_to_many_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: AppStoreVersionExperimentUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        traffic_proportion: int | None | Unset = UNSET,
        started: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appStoreVersionExperiments/{id}`` (appStoreVersionExperiments_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionexperiments-_id_
        """
        return await self._write(
            "app_store_version_experiments.app_store_version_experiments_update_instance",
            locals(),
            _UPDATE_BODY,
        )
