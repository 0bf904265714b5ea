"""`asc.merchant_ids`: the operations on merchant_ids (generated from the spec; do not edit)."""

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
    from ..models.merchant_id import MerchantId
    from ..models.merchant_id_certificates_linkages_response import MerchantIdCertificatesLinkagesResponse
    from ..models.merchant_id_certificates_linkages_response_data_item import (
        MerchantIdCertificatesLinkagesResponseDataItem,
    )
    from ..models.merchant_id_create_request import MerchantIdCreateRequest
    from ..models.merchant_id_response import MerchantIdResponse
    from ..models.merchant_id_update_request import MerchantIdUpdateRequest
    from ..models.merchant_ids_response import MerchantIdsResponse

__all__ = ["AsyncMerchantIds", "MerchantIds"]

_CREATE_BODY = Body(
    "merchantIds", {"name": ("name", "string", True), "identifier": ("identifier", "string", True)}, {}
)
_UPDATE_BODY = Body("merchantIds", {"name": ("name", "string", False)}, {})


class MerchantIds(SyncResource):
    """`asc.merchant_ids`."""

    def create(
        self,
        /,
        body: MerchantIdCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> MerchantIdResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/merchantIds`` (merchantIds_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-merchantids
        """
        return self._write("merchant_ids.merchant_ids_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/merchantIds/{id}`` (merchantIds_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-merchantids-_id_
        """
        return self._call("merchant_ids.merchant_ids_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_merchant_ids: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        timeout: Timeout = None,
    ) -> MerchantIdResponse:
        """One request.

        ``GET /v1/merchantIds/{id}`` (merchantIds_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_
        """
        return self._call("merchant_ids.merchant_ids_get_instance", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_identifier: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_merchant_ids: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[MerchantId]:
        """Every MerchantId across pages, with the pagination guards.

        ``GET /v1/merchantIds`` (merchantIds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids
        """
        return self._paginate("merchant_ids.merchant_ids_get_collection", locals())

    def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_identifier: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_merchant_ids: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        timeout: Timeout = None,
    ) -> MerchantIdsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/merchantIds`` (merchantIds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids
        """
        return self._call("merchant_ids.merchant_ids_get_collection", locals())

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

        ``GET /v1/merchantIds/{id}/certificates`` (merchantIds_certificates_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_-certificates
        """
        return self._paginate("merchant_ids.merchant_ids_certificates_get_to_many_related", locals())

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

        ``GET /v1/merchantIds/{id}/certificates`` (merchantIds_certificates_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_-certificates
        """
        return self._call("merchant_ids.merchant_ids_certificates_get_to_many_related", locals())

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
    ) -> Paginator[MerchantIdCertificatesLinkagesResponseDataItem]:
        """Every MerchantIdCertificatesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/merchantIds/{id}/relationships/certificates`` (merchantIds_certificates_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_-relationships-certificates
        """
        return self._paginate("merchant_ids.merchant_ids_certificates_get_to_many_relationship", locals())

    def list_certificates_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> MerchantIdCertificatesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/merchantIds/{id}/relationships/certificates`` (merchantIds_certificates_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_-relationships-certificates
        """
        return self._call("merchant_ids.merchant_ids_certificates_get_to_many_relationship", locals())

    def update(
        self,
        id: str,
        /,
        body: MerchantIdUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> MerchantIdResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/merchantIds/{id}`` (merchantIds_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-merchantids-_id_
        """
        return self._write("merchant_ids.merchant_ids_update_instance", locals(), _UPDATE_BODY)


class AsyncMerchantIds(AsyncResource):
    """`asc.merchant_ids` (async)."""

    async def create(
        self,
        /,
        body: MerchantIdCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> MerchantIdResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/merchantIds`` (merchantIds_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-merchantids
        """
        return await self._write("merchant_ids.merchant_ids_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/merchantIds/{id}`` (merchantIds_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-merchantids-_id_
        """
        return await self._call("merchant_ids.merchant_ids_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_merchant_ids: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        timeout: Timeout = None,
    ) -> MerchantIdResponse:
        """One request.

        ``GET /v1/merchantIds/{id}`` (merchantIds_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_
        """
        return await self._call("merchant_ids.merchant_ids_get_instance", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_identifier: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_merchant_ids: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[MerchantId]:
        """Every MerchantId across pages, with the pagination guards.

        ``GET /v1/merchantIds`` (merchantIds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids
        """
        return self._paginate("merchant_ids.merchant_ids_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_identifier: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_merchant_ids: str | Sequence[str] | None = None,
        fields_certificates: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_certificates: int | None = None,
        timeout: Timeout = None,
    ) -> MerchantIdsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/merchantIds`` (merchantIds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids
        """
        return await self._call("merchant_ids.merchant_ids_get_collection", locals())

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

        ``GET /v1/merchantIds/{id}/certificates`` (merchantIds_certificates_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_-certificates
        """
        return self._paginate("merchant_ids.merchant_ids_certificates_get_to_many_related", locals())

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

        ``GET /v1/merchantIds/{id}/certificates`` (merchantIds_certificates_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_-certificates
        """
        return await self._call("merchant_ids.merchant_ids_certificates_get_to_many_related", locals())

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
    ) -> AsyncPaginator[MerchantIdCertificatesLinkagesResponseDataItem]:
        """Every MerchantIdCertificatesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/merchantIds/{id}/relationships/certificates`` (merchantIds_certificates_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_-relationships-certificates
        """
        return self._paginate("merchant_ids.merchant_ids_certificates_get_to_many_relationship", locals())

    async def list_certificates_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> MerchantIdCertificatesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/merchantIds/{id}/relationships/certificates`` (merchantIds_certificates_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_-relationships-certificates
        """
        return await self._call("merchant_ids.merchant_ids_certificates_get_to_many_relationship", locals())

    async def update(
        self,
        id: str,
        /,
        body: MerchantIdUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> MerchantIdResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/merchantIds/{id}`` (merchantIds_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-merchantids-_id_
        """
        return await self._write("merchant_ids.merchant_ids_update_instance", locals(), _UPDATE_BODY)
