"""`asc.pass_type_ids`: the operations on pass_type_ids (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.certificate import Certificate
    from ..models.certificates_response import CertificatesResponse
    from ..models.pass_type_id import PassTypeId
    from ..models.pass_type_id_certificates_linkages_response import PassTypeIdCertificatesLinkagesResponse
    from ..models.pass_type_id_certificates_linkages_response_data_item import (
        PassTypeIdCertificatesLinkagesResponseDataItem,
    )
    from ..models.pass_type_id_create_request import PassTypeIdCreateRequest
    from ..models.pass_type_id_response import PassTypeIdResponse
    from ..models.pass_type_id_update_request import PassTypeIdUpdateRequest
    from ..models.pass_type_ids_response import PassTypeIdsResponse

__all__ = ["AsyncPassTypeIds", "PassTypeIds"]

_CREATE_BODY = Body(
    "passTypeIds", {"name": ("name", "string", True), "identifier": ("identifier", "string", True)}, {}
)
_UPDATE_BODY = Body("passTypeIds", {"name": ("name", "string", False)}, {})


class PassTypeIds(SyncResource):
    """`asc.pass_type_ids`."""

    def create(
        self,
        /,
        body: PassTypeIdCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> PassTypeIdResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/passTypeIds`` (passTypeIds_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-passtypeids
        """
        return self._write("pass_type_ids.pass_type_ids_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/passTypeIds/{id}`` (passTypeIds_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-passtypeids-_id_
        """
        return self._call("pass_type_ids.pass_type_ids_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_pass_type_ids: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        timeout: Timeout = None,
    ) -> PassTypeIdResponse:
        """One request.

        ``GET /v1/passTypeIds/{id}`` (passTypeIds_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_
        """
        return self._call("pass_type_ids.pass_type_ids_get_instance", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_identifier: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_pass_type_ids: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[PassTypeId]:
        """Every PassTypeId across pages, with the pagination guards.

        ``GET /v1/passTypeIds`` (passTypeIds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids
        """
        return self._paginate("pass_type_ids.pass_type_ids_get_collection", locals())

    def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_identifier: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_pass_type_ids: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        timeout: Timeout = None,
    ) -> PassTypeIdsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/passTypeIds`` (passTypeIds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids
        """
        return self._call("pass_type_ids.pass_type_ids_get_collection", locals())

    def list_certificates(
        self,
        id: str,
        /,
        *,
        filter_display_name: str | Sequence[str] | None = None,
        filter_certificate_type: str | Sequence[str] | None = None,
        filter_serial_number: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        fields_pass_type_ids: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Certificate]:
        """Every Certificate across pages, with the pagination guards.

        ``GET /v1/passTypeIds/{id}/certificates`` (passTypeIds_certificates_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_-certificates
        """
        return self._paginate("pass_type_ids.pass_type_ids_certificates_get_to_many_related", locals())

    def list_certificates_page(
        self,
        id: str,
        /,
        *,
        filter_display_name: str | Sequence[str] | None = None,
        filter_certificate_type: str | Sequence[str] | None = None,
        filter_serial_number: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        fields_pass_type_ids: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CertificatesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/passTypeIds/{id}/certificates`` (passTypeIds_certificates_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_-certificates
        """
        return self._call("pass_type_ids.pass_type_ids_certificates_get_to_many_related", locals())

    def list_certificates_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[PassTypeIdCertificatesLinkagesResponseDataItem]:
        """Every PassTypeIdCertificatesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/passTypeIds/{id}/relationships/certificates`` (passTypeIds_certificates_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_-relationships-certificates
        """
        return self._paginate("pass_type_ids.pass_type_ids_certificates_get_to_many_relationship", locals())

    def list_certificates_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> PassTypeIdCertificatesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/passTypeIds/{id}/relationships/certificates`` (passTypeIds_certificates_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_-relationships-certificates
        """
        return self._call("pass_type_ids.pass_type_ids_certificates_get_to_many_relationship", locals())

    def update(
        self,
        id: str,
        /,
        body: PassTypeIdUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> PassTypeIdResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/passTypeIds/{id}`` (passTypeIds_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-passtypeids-_id_
        """
        return self._write("pass_type_ids.pass_type_ids_update_instance", locals(), _UPDATE_BODY)


class AsyncPassTypeIds(AsyncResource):
    """`asc.pass_type_ids` (async)."""

    async def create(
        self,
        /,
        body: PassTypeIdCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> PassTypeIdResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/passTypeIds`` (passTypeIds_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-passtypeids
        """
        return await self._write("pass_type_ids.pass_type_ids_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/passTypeIds/{id}`` (passTypeIds_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-passtypeids-_id_
        """
        return await self._call("pass_type_ids.pass_type_ids_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_pass_type_ids: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        timeout: Timeout = None,
    ) -> PassTypeIdResponse:
        """One request.

        ``GET /v1/passTypeIds/{id}`` (passTypeIds_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_
        """
        return await self._call("pass_type_ids.pass_type_ids_get_instance", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_identifier: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_pass_type_ids: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[PassTypeId]:
        """Every PassTypeId across pages, with the pagination guards.

        ``GET /v1/passTypeIds`` (passTypeIds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids
        """
        return self._paginate("pass_type_ids.pass_type_ids_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_identifier: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_pass_type_ids: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        timeout: Timeout = None,
    ) -> PassTypeIdsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/passTypeIds`` (passTypeIds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids
        """
        return await self._call("pass_type_ids.pass_type_ids_get_collection", locals())

    def list_certificates(
        self,
        id: str,
        /,
        *,
        filter_display_name: str | Sequence[str] | None = None,
        filter_certificate_type: str | Sequence[str] | None = None,
        filter_serial_number: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        fields_pass_type_ids: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Certificate]:
        """Every Certificate across pages, with the pagination guards.

        ``GET /v1/passTypeIds/{id}/certificates`` (passTypeIds_certificates_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_-certificates
        """
        return self._paginate("pass_type_ids.pass_type_ids_certificates_get_to_many_related", locals())

    async def list_certificates_page(
        self,
        id: str,
        /,
        *,
        filter_display_name: str | Sequence[str] | None = None,
        filter_certificate_type: str | Sequence[str] | None = None,
        filter_serial_number: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        fields_pass_type_ids: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CertificatesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/passTypeIds/{id}/certificates`` (passTypeIds_certificates_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_-certificates
        """
        return await self._call("pass_type_ids.pass_type_ids_certificates_get_to_many_related", locals())

    def list_certificates_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[PassTypeIdCertificatesLinkagesResponseDataItem]:
        """Every PassTypeIdCertificatesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/passTypeIds/{id}/relationships/certificates`` (passTypeIds_certificates_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_-relationships-certificates
        """
        return self._paginate("pass_type_ids.pass_type_ids_certificates_get_to_many_relationship", locals())

    async def list_certificates_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> PassTypeIdCertificatesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/passTypeIds/{id}/relationships/certificates`` (passTypeIds_certificates_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_-relationships-certificates
        """
        return await self._call("pass_type_ids.pass_type_ids_certificates_get_to_many_relationship", locals())

    async def update(
        self,
        id: str,
        /,
        body: PassTypeIdUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> PassTypeIdResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/passTypeIds/{id}`` (passTypeIds_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-passtypeids-_id_
        """
        return await self._write("pass_type_ids.pass_type_ids_update_instance", locals(), _UPDATE_BODY)
