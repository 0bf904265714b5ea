"""`asc.app_store_version_experiments_v2`: the operations on app_store_version_experiments_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_store_version_experiment_treatment import AppStoreVersionExperimentTreatment
    from ..models.app_store_version_experiment_treatments_response import (
        AppStoreVersionExperimentTreatmentsResponse,
    )
    from ..models.app_store_version_experiment_v2_app_store_version_experiment_treatments_linkages_response import (
        AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponse,
    )
    from ..models.app_store_version_experiment_v2_app_store_version_experiment_treatments_linkages_response_data_item import (
        AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponseDataItem,
    )
    from ..models.app_store_version_experiment_v2_create_request import (
        AppStoreVersionExperimentV2CreateRequest,
    )
    from ..models.app_store_version_experiment_v2_response import AppStoreVersionExperimentV2Response
    from ..models.app_store_version_experiment_v2_update_request import (
        AppStoreVersionExperimentV2UpdateRequest,
    )

__all__ = ["AppStoreVersionExperimentsV2", "AsyncAppStoreVersionExperimentsV2"]

_CREATE_BODY = Body(
    "appStoreVersionExperiments",
    {
        "name": ("name", "string", True),
        "platform": ("platform", "string", True),
        "traffic_proportion": ("trafficProportion", "integer", True),
    },
    {"app": ("app", "apps", False, True)},
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


class AppStoreVersionExperimentsV2(SyncResource):
    """`asc.app_store_version_experiments_v2`."""

    def create(
        self,
        /,
        body: AppStoreVersionExperimentV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        traffic_proportion: int | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/appStoreVersionExperiments`` (appStoreVersionExperimentsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-appstoreversionexperiments
        """
        return self._write(
            "app_store_version_experiments.app_store_version_experiments_v2_create_instance",
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

        ``DELETE /v2/appStoreVersionExperiments/{id}`` (appStoreVersionExperimentsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-appstoreversionexperiments-_id_
        """
        return self._call(
            "app_store_version_experiments.app_store_version_experiments_v2_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        limit_control_versions: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentV2Response:
        """One request.

        ``GET /v2/appStoreVersionExperiments/{id}`` (appStoreVersionExperimentsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_
        """
        return self._call(
            "app_store_version_experiments.app_store_version_experiments_v2_get_instance", locals()
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

        ``GET /v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments
        """
        return self._paginate(
            "app_store_version_experiments.app_store_version_experiments_v2_app_store_version_experiment_treatments_get_to_many_related",
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

        ``GET /v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments
        """
        return self._call(
            "app_store_version_experiments.app_store_version_experiments_v2_app_store_version_experiment_treatments_get_to_many_related",
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
    ) -> Paginator[AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponseDataItem]:
        """Every AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-relationships-appstoreversionexperimenttreatments
        """
        return self._paginate(
            "app_store_version_experiments.app_store_version_experiments_v2_app_store_version_experiment_treatments_get_to_many_relationship",
            locals(),
        )

    def list_app_store_version_experiment_treatments_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-relationships-appstoreversionexperimenttreatments
        """
        return self._call(
            "app_store_version_experiments.app_store_version_experiments_v2_app_store_version_experiment_treatments_get_to_many_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: AppStoreVersionExperimentV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        traffic_proportion: int | None | Unset = UNSET,
        started: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/appStoreVersionExperiments/{id}`` (appStoreVersionExperimentsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-appstoreversionexperiments-_id_
        """
        return self._write(
            "app_store_version_experiments.app_store_version_experiments_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppStoreVersionExperimentsV2(AsyncResource):
    """`asc.app_store_version_experiments_v2` (async)."""

    async def create(
        self,
        /,
        body: AppStoreVersionExperimentV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        traffic_proportion: int | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/appStoreVersionExperiments`` (appStoreVersionExperimentsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-appstoreversionexperiments
        """
        return await self._write(
            "app_store_version_experiments.app_store_version_experiments_v2_create_instance",
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

        ``DELETE /v2/appStoreVersionExperiments/{id}`` (appStoreVersionExperimentsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-appstoreversionexperiments-_id_
        """
        return await self._call(
            "app_store_version_experiments.app_store_version_experiments_v2_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        limit_control_versions: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentV2Response:
        """One request.

        ``GET /v2/appStoreVersionExperiments/{id}`` (appStoreVersionExperimentsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_
        """
        return await self._call(
            "app_store_version_experiments.app_store_version_experiments_v2_get_instance", locals()
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

        ``GET /v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments
        """
        return self._paginate(
            "app_store_version_experiments.app_store_version_experiments_v2_app_store_version_experiment_treatments_get_to_many_related",
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

        ``GET /v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments
        """
        return await self._call(
            "app_store_version_experiments.app_store_version_experiments_v2_app_store_version_experiment_treatments_get_to_many_related",
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
    ) -> AsyncPaginator[
        AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponseDataItem
    ]:
        """Every AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-relationships-appstoreversionexperimenttreatments
        """
        return self._paginate(
            "app_store_version_experiments.app_store_version_experiments_v2_app_store_version_experiment_treatments_get_to_many_relationship",
            locals(),
        )

    async def list_app_store_version_experiment_treatments_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-relationships-appstoreversionexperimenttreatments
        """
        return await self._call(
            "app_store_version_experiments.app_store_version_experiments_v2_app_store_version_experiment_treatments_get_to_many_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: AppStoreVersionExperimentV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        traffic_proportion: int | None | Unset = UNSET,
        started: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/appStoreVersionExperiments/{id}`` (appStoreVersionExperimentsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-appstoreversionexperiments-_id_
        """
        return await self._write(
            "app_store_version_experiments.app_store_version_experiments_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )
