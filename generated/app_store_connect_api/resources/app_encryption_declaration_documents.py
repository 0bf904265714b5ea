"""`asc.app_encryption_declaration_documents`: the operations on app_encryption_declaration_documents (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.app_encryption_declaration_document_create_request import (
        AppEncryptionDeclarationDocumentCreateRequest,
    )
    from ..models.app_encryption_declaration_document_response import AppEncryptionDeclarationDocumentResponse
    from ..models.app_encryption_declaration_document_update_request import (
        AppEncryptionDeclarationDocumentUpdateRequest,
    )

__all__ = ["AppEncryptionDeclarationDocuments", "AsyncAppEncryptionDeclarationDocuments"]

_CREATE_BODY = Body(
    "appEncryptionDeclarationDocuments",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {"app_encryption_declaration": ("appEncryptionDeclaration", "appEncryptionDeclarations", False, True)},
)
_UPDATE_BODY = Body(
    "appEncryptionDeclarationDocuments",
    {
        "source_file_checksum": ("sourceFileChecksum", "string", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class AppEncryptionDeclarationDocuments(SyncResource):
    """`asc.app_encryption_declaration_documents`."""

    def create(
        self,
        /,
        body: AppEncryptionDeclarationDocumentCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        app_encryption_declaration: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appEncryptionDeclarationDocuments`` (appEncryptionDeclarationDocuments_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appencryptiondeclarationdocuments
        """
        return self._write(
            "app_encryption_declaration_documents.app_encryption_declaration_documents_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """One request.

        ``GET /v1/appEncryptionDeclarationDocuments/{id}`` (appEncryptionDeclarationDocuments_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarationdocuments-_id_
        """
        return self._call(
            "app_encryption_declaration_documents.app_encryption_declaration_documents_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: AppEncryptionDeclarationDocumentUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appEncryptionDeclarationDocuments/{id}`` (appEncryptionDeclarationDocuments_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appencryptiondeclarationdocuments-_id_
        """
        return self._write(
            "app_encryption_declaration_documents.app_encryption_declaration_documents_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppEncryptionDeclarationDocuments(AsyncResource):
    """`asc.app_encryption_declaration_documents` (async)."""

    async def create(
        self,
        /,
        body: AppEncryptionDeclarationDocumentCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        app_encryption_declaration: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appEncryptionDeclarationDocuments`` (appEncryptionDeclarationDocuments_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appencryptiondeclarationdocuments
        """
        return await self._write(
            "app_encryption_declaration_documents.app_encryption_declaration_documents_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """One request.

        ``GET /v1/appEncryptionDeclarationDocuments/{id}`` (appEncryptionDeclarationDocuments_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarationdocuments-_id_
        """
        return await self._call(
            "app_encryption_declaration_documents.app_encryption_declaration_documents_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: AppEncryptionDeclarationDocumentUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appEncryptionDeclarationDocuments/{id}`` (appEncryptionDeclarationDocuments_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appencryptiondeclarationdocuments-_id_
        """
        return await self._write(
            "app_encryption_declaration_documents.app_encryption_declaration_documents_update_instance",
            locals(),
            _UPDATE_BODY,
        )
