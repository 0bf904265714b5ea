"""`asc.certificates`: the operations on certificates (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.certificate import Certificate
    from ..models.certificate_create_request import CertificateCreateRequest
    from ..models.certificate_pass_type_id_linkage_response import CertificatePassTypeIdLinkageResponse
    from ..models.certificate_response import CertificateResponse
    from ..models.certificate_update_request import CertificateUpdateRequest
    from ..models.certificates_response import CertificatesResponse
    from ..models.pass_type_id_response import PassTypeIdResponse

__all__ = ["AsyncCertificates", "Certificates"]

_CREATE_BODY = Body(
    "certificates",
    {"csr_content": ("csrContent", "string", True), "certificate_type": ("certificateType", "string", True)},
    {
        "merchant_id": ("merchantId", "merchantIds", False, False),
        "pass_type_id": ("passTypeId", "passTypeIds", False, False),
    },
)
_UPDATE_BODY = Body("certificates", {"activated": ("activated", "boolean", False)}, {})


class Certificates(SyncResource):
    """`asc.certificates`."""

    def create(
        self,
        /,
        body: CertificateCreateRequest | Mapping[str, Any] | None = None,
        *,
        csr_content: str | Unset = UNSET,
        certificate_type: str | Unset = UNSET,
        merchant_id: str | None | Unset = UNSET,
        pass_type_id: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> CertificateResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/certificates`` (certificates_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-certificates
        """
        return self._write("certificates.certificates_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/certificates/{id}`` (certificates_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-certificates-_id_
        """
        return self._call("certificates.certificates_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_certificates: str | Sequence[str] | None = None,
        fields_pass_type_ids: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CertificateResponse:
        """One request.

        ``GET /v1/certificates/{id}`` (certificates_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_
        """
        return self._call("certificates.certificates_get_instance", locals())

    def get_pass_type_id(
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

        ``GET /v1/certificates/{id}/passTypeId`` (certificates_passTypeId_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_-passtypeid
        """
        return self._call("certificates.certificates_pass_type_id_get_to_one_related", locals())

    def get_pass_type_id_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> CertificatePassTypeIdLinkageResponse:
        """One request.

        ``GET /v1/certificates/{id}/relationships/passTypeId`` (certificates_passTypeId_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_-relationships-passtypeid
        """
        return self._call("certificates.certificates_pass_type_id_get_to_one_relationship", locals())

    def list(
        self,
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

        ``GET /v1/certificates`` (certificates_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates
        """
        return self._paginate("certificates.certificates_get_collection", locals())

    def list_page(
        self,
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

        ``GET /v1/certificates`` (certificates_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates
        """
        return self._call("certificates.certificates_get_collection", locals())

    def update(
        self,
        id: str,
        /,
        body: CertificateUpdateRequest | Mapping[str, Any] | None = None,
        *,
        activated: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> CertificateResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/certificates/{id}`` (certificates_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-certificates-_id_
        """
        return self._write("certificates.certificates_update_instance", locals(), _UPDATE_BODY)


class AsyncCertificates(AsyncResource):
    """`asc.certificates` (async)."""

    async def create(
        self,
        /,
        body: CertificateCreateRequest | Mapping[str, Any] | None = None,
        *,
        csr_content: str | Unset = UNSET,
        certificate_type: str | Unset = UNSET,
        merchant_id: str | None | Unset = UNSET,
        pass_type_id: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> CertificateResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/certificates`` (certificates_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-certificates
        """
        return await self._write("certificates.certificates_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/certificates/{id}`` (certificates_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-certificates-_id_
        """
        return await self._call("certificates.certificates_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_certificates: str | Sequence[str] | None = None,
        fields_pass_type_ids: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CertificateResponse:
        """One request.

        ``GET /v1/certificates/{id}`` (certificates_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_
        """
        return await self._call("certificates.certificates_get_instance", locals())

    async def get_pass_type_id(
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

        ``GET /v1/certificates/{id}/passTypeId`` (certificates_passTypeId_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_-passtypeid
        """
        return await self._call("certificates.certificates_pass_type_id_get_to_one_related", locals())

    async def get_pass_type_id_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> CertificatePassTypeIdLinkageResponse:
        """One request.

        ``GET /v1/certificates/{id}/relationships/passTypeId`` (certificates_passTypeId_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_-relationships-passtypeid
        """
        return await self._call("certificates.certificates_pass_type_id_get_to_one_relationship", locals())

    def list(
        self,
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

        ``GET /v1/certificates`` (certificates_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates
        """
        return self._paginate("certificates.certificates_get_collection", locals())

    async def list_page(
        self,
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

        ``GET /v1/certificates`` (certificates_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates
        """
        return await self._call("certificates.certificates_get_collection", locals())

    async def update(
        self,
        id: str,
        /,
        body: CertificateUpdateRequest | Mapping[str, Any] | None = None,
        *,
        activated: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> CertificateResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/certificates/{id}`` (certificates_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-certificates-_id_
        """
        return await self._write("certificates.certificates_update_instance", locals(), _UPDATE_BODY)
