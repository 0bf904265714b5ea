"""`asc.end_user_license_agreements`: the operations on end_user_license_agreements (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.end_user_license_agreement_create_request import EndUserLicenseAgreementCreateRequest
    from ..models.end_user_license_agreement_response import EndUserLicenseAgreementResponse
    from ..models.end_user_license_agreement_territories_linkages_response import (
        EndUserLicenseAgreementTerritoriesLinkagesResponse,
    )
    from ..models.end_user_license_agreement_territories_linkages_response_data_item import (
        EndUserLicenseAgreementTerritoriesLinkagesResponseDataItem,
    )
    from ..models.end_user_license_agreement_update_request import EndUserLicenseAgreementUpdateRequest
    from ..models.territories_without_includes_response import TerritoriesWithoutIncludesResponse
    from ..models.territory import Territory

__all__ = ["AsyncEndUserLicenseAgreements", "EndUserLicenseAgreements"]

_CREATE_BODY = Body(
    "endUserLicenseAgreements",
    {"agreement_text": ("agreementText", "string", True)},
    {"app": ("app", "apps", False, True), "territories": ("territories", "territories", True, True)},
)
_UPDATE_BODY = Body(
    "endUserLicenseAgreements",
    {"agreement_text": ("agreementText", "string", False)},
    {"territories": ("territories", "territories", True, False)},
)


class EndUserLicenseAgreements(SyncResource):
    """`asc.end_user_license_agreements`."""

    def create(
        self,
        /,
        body: EndUserLicenseAgreementCreateRequest | Mapping[str, Any] | None = None,
        *,
        agreement_text: str | Unset = UNSET,
        app: str | Unset = UNSET,
        territories: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> EndUserLicenseAgreementResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/endUserLicenseAgreements`` (endUserLicenseAgreements_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-enduserlicenseagreements
        """
        return self._write(
            "end_user_license_agreements.end_user_license_agreements_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/endUserLicenseAgreements/{id}`` (endUserLicenseAgreements_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-enduserlicenseagreements-_id_
        """
        return self._call("end_user_license_agreements.end_user_license_agreements_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_end_user_license_agreements: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_territories: int | None = None,
        timeout: Timeout = None,
    ) -> EndUserLicenseAgreementResponse:
        """One request.

        ``GET /v1/endUserLicenseAgreements/{id}`` (endUserLicenseAgreements_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_
        """
        return self._call("end_user_license_agreements.end_user_license_agreements_get_instance", locals())

    def list_territories(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Territory]:
        """Every Territory across pages, with the pagination guards.

        ``GET /v1/endUserLicenseAgreements/{id}/territories`` (endUserLicenseAgreements_territories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_-territories
        """
        return self._paginate(
            "end_user_license_agreements.end_user_license_agreements_territories_get_to_many_related",
            locals(),
        )

    def list_territories_page(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> TerritoriesWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/endUserLicenseAgreements/{id}/territories`` (endUserLicenseAgreements_territories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_-territories
        """
        return self._call(
            "end_user_license_agreements.end_user_license_agreements_territories_get_to_many_related",
            locals(),
        )

    def list_territories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[EndUserLicenseAgreementTerritoriesLinkagesResponseDataItem]:
        """Every EndUserLicenseAgreementTerritoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/endUserLicenseAgreements/{id}/relationships/territories`` (endUserLicenseAgreements_territories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_-relationships-territories
        """
        return self._paginate(
            "end_user_license_agreements.end_user_license_agreements_territories_get_to_many_relationship",
            locals(),
        )

    def list_territories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> EndUserLicenseAgreementTerritoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/endUserLicenseAgreements/{id}/relationships/territories`` (endUserLicenseAgreements_territories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_-relationships-territories
        """
        return self._call(
            "end_user_license_agreements.end_user_license_agreements_territories_get_to_many_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: EndUserLicenseAgreementUpdateRequest | Mapping[str, Any] | None = None,
        *,
        agreement_text: str | None | Unset = UNSET,
        territories: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> EndUserLicenseAgreementResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/endUserLicenseAgreements/{id}`` (endUserLicenseAgreements_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-enduserlicenseagreements-_id_
        """
        return self._write(
            "end_user_license_agreements.end_user_license_agreements_update_instance", locals(), _UPDATE_BODY
        )


class AsyncEndUserLicenseAgreements(AsyncResource):
    """`asc.end_user_license_agreements` (async)."""

    async def create(
        self,
        /,
        body: EndUserLicenseAgreementCreateRequest | Mapping[str, Any] | None = None,
        *,
        agreement_text: str | Unset = UNSET,
        app: str | Unset = UNSET,
        territories: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> EndUserLicenseAgreementResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/endUserLicenseAgreements`` (endUserLicenseAgreements_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-enduserlicenseagreements
        """
        return await self._write(
            "end_user_license_agreements.end_user_license_agreements_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/endUserLicenseAgreements/{id}`` (endUserLicenseAgreements_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-enduserlicenseagreements-_id_
        """
        return await self._call(
            "end_user_license_agreements.end_user_license_agreements_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_end_user_license_agreements: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_territories: int | None = None,
        timeout: Timeout = None,
    ) -> EndUserLicenseAgreementResponse:
        """One request.

        ``GET /v1/endUserLicenseAgreements/{id}`` (endUserLicenseAgreements_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_
        """
        return await self._call(
            "end_user_license_agreements.end_user_license_agreements_get_instance", locals()
        )

    def list_territories(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Territory]:
        """Every Territory across pages, with the pagination guards.

        ``GET /v1/endUserLicenseAgreements/{id}/territories`` (endUserLicenseAgreements_territories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_-territories
        """
        return self._paginate(
            "end_user_license_agreements.end_user_license_agreements_territories_get_to_many_related",
            locals(),
        )

    async def list_territories_page(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> TerritoriesWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/endUserLicenseAgreements/{id}/territories`` (endUserLicenseAgreements_territories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_-territories
        """
        return await self._call(
            "end_user_license_agreements.end_user_license_agreements_territories_get_to_many_related",
            locals(),
        )

    def list_territories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[EndUserLicenseAgreementTerritoriesLinkagesResponseDataItem]:
        """Every EndUserLicenseAgreementTerritoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/endUserLicenseAgreements/{id}/relationships/territories`` (endUserLicenseAgreements_territories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_-relationships-territories
        """
        return self._paginate(
            "end_user_license_agreements.end_user_license_agreements_territories_get_to_many_relationship",
            locals(),
        )

    async def list_territories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> EndUserLicenseAgreementTerritoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/endUserLicenseAgreements/{id}/relationships/territories`` (endUserLicenseAgreements_territories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_-relationships-territories
        """
        return await self._call(
            "end_user_license_agreements.end_user_license_agreements_territories_get_to_many_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: EndUserLicenseAgreementUpdateRequest | Mapping[str, Any] | None = None,
        *,
        agreement_text: str | None | Unset = UNSET,
        territories: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> EndUserLicenseAgreementResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/endUserLicenseAgreements/{id}`` (endUserLicenseAgreements_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-enduserlicenseagreements-_id_
        """
        return await self._write(
            "end_user_license_agreements.end_user_license_agreements_update_instance", locals(), _UPDATE_BODY
        )
