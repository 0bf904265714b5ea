"""`asc.app_encryption_declarations`: the operations on app_encryption_declarations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_encryption_declaration import AppEncryptionDeclaration
    from ..models.app_encryption_declaration_app_encryption_declaration_document_linkage_response import (
        AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponse,
    )
    from ..models.app_encryption_declaration_app_linkage_response import (
        AppEncryptionDeclarationAppLinkageResponse,
    )
    from ..models.app_encryption_declaration_create_request import AppEncryptionDeclarationCreateRequest
    from ..models.app_encryption_declaration_document_response import AppEncryptionDeclarationDocumentResponse
    from ..models.app_encryption_declaration_response import AppEncryptionDeclarationResponse
    from ..models.app_encryption_declarations_response import AppEncryptionDeclarationsResponse
    from ..models.app_without_includes_response import AppWithoutIncludesResponse

__all__ = ["AppEncryptionDeclarations", "AsyncAppEncryptionDeclarations"]

_CREATE_BODY = Body(
    "appEncryptionDeclarations",
    {
        "app_description": ("appDescription", "string", True),
        "contains_proprietary_cryptography": ("containsProprietaryCryptography", "boolean", True),
        "contains_third_party_cryptography": ("containsThirdPartyCryptography", "boolean", True),
        "available_on_french_store": ("availableOnFrenchStore", "boolean", True),
    },
    {"app": ("app", "apps", False, True)},
)


class AppEncryptionDeclarations(SyncResource):
    """`asc.app_encryption_declarations`."""

    def add_builds(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/appEncryptionDeclarations/{id}/relationships/builds`` (appEncryptionDeclarations_builds_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appencryptiondeclarations-_id_-relationships-builds
        """
        return self._link_many(
            "app_encryption_declarations.app_encryption_declarations_builds_create_to_many_relationship",
            locals(),
            "builds",
        )

    def create(
        self,
        /,
        body: AppEncryptionDeclarationCreateRequest | Mapping[str, Any] | None = None,
        *,
        app_description: str | Unset = UNSET,
        contains_proprietary_cryptography: bool | Unset = UNSET,
        contains_third_party_cryptography: bool | Unset = UNSET,
        available_on_french_store: bool | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appEncryptionDeclarations`` (appEncryptionDeclarations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appencryptiondeclarations
        """
        return self._write(
            "app_encryption_declarations.app_encryption_declarations_create_instance", locals(), _CREATE_BODY
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationResponse:
        """One request.

        ``GET /v1/appEncryptionDeclarations/{id}`` (appEncryptionDeclarations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_
        """
        return self._call("app_encryption_declarations.app_encryption_declarations_get_instance", locals())

    def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/appEncryptionDeclarations/{id}/app`` (appEncryptionDeclarations_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-app
        """
        return self._call(
            "app_encryption_declarations.app_encryption_declarations_app_get_to_one_related", locals()
        )

    def get_app_encryption_declaration_document(
        self,
        id: str,
        /,
        *,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """One request.

        ``GET /v1/appEncryptionDeclarations/{id}/appEncryptionDeclarationDocument`` (appEncryptionDeclarations_appEncryptionDeclarationDocument_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-appencryptiondeclarationdocument
        """
        return self._call(
            "app_encryption_declarations.app_encryption_declarations_app_encryption_declaration_document_get_to_one_related",
            locals(),
        )

    def get_app_encryption_declaration_document_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponse:
        """One request.

        ``GET /v1/appEncryptionDeclarations/{id}/relationships/appEncryptionDeclarationDocument`` (appEncryptionDeclarations_appEncryptionDeclarationDocument_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-relationships-appencryptiondeclarationdocument
        """
        return self._call(
            "app_encryption_declarations.app_encryption_declarations_app_encryption_declaration_document_get_to_one_relationship",
            locals(),
        )

    def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationAppLinkageResponse:
        """One request.

        ``GET /v1/appEncryptionDeclarations/{id}/relationships/app`` (appEncryptionDeclarations_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-relationships-app
        """
        return self._call(
            "app_encryption_declarations.app_encryption_declarations_app_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppEncryptionDeclaration]:
        """Every AppEncryptionDeclaration across pages, with the pagination guards.

        ``GET /v1/appEncryptionDeclarations`` (appEncryptionDeclarations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations
        """
        return self._paginate(
            "app_encryption_declarations.app_encryption_declarations_get_collection", locals()
        )

    def list_page(
        self,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEncryptionDeclarations`` (appEncryptionDeclarations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations
        """
        return self._call("app_encryption_declarations.app_encryption_declarations_get_collection", locals())


class AsyncAppEncryptionDeclarations(AsyncResource):
    """`asc.app_encryption_declarations` (async)."""

    async def add_builds(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/appEncryptionDeclarations/{id}/relationships/builds`` (appEncryptionDeclarations_builds_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appencryptiondeclarations-_id_-relationships-builds
        """
        return await self._link_many(
            "app_encryption_declarations.app_encryption_declarations_builds_create_to_many_relationship",
            locals(),
            "builds",
        )

    async def create(
        self,
        /,
        body: AppEncryptionDeclarationCreateRequest | Mapping[str, Any] | None = None,
        *,
        app_description: str | Unset = UNSET,
        contains_proprietary_cryptography: bool | Unset = UNSET,
        contains_third_party_cryptography: bool | Unset = UNSET,
        available_on_french_store: bool | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appEncryptionDeclarations`` (appEncryptionDeclarations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appencryptiondeclarations
        """
        return await self._write(
            "app_encryption_declarations.app_encryption_declarations_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationResponse:
        """One request.

        ``GET /v1/appEncryptionDeclarations/{id}`` (appEncryptionDeclarations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_
        """
        return await self._call(
            "app_encryption_declarations.app_encryption_declarations_get_instance", locals()
        )

    async def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/appEncryptionDeclarations/{id}/app`` (appEncryptionDeclarations_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-app
        """
        return await self._call(
            "app_encryption_declarations.app_encryption_declarations_app_get_to_one_related", locals()
        )

    async def get_app_encryption_declaration_document(
        self,
        id: str,
        /,
        *,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """One request.

        ``GET /v1/appEncryptionDeclarations/{id}/appEncryptionDeclarationDocument`` (appEncryptionDeclarations_appEncryptionDeclarationDocument_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-appencryptiondeclarationdocument
        """
        return await self._call(
            "app_encryption_declarations.app_encryption_declarations_app_encryption_declaration_document_get_to_one_related",
            locals(),
        )

    async def get_app_encryption_declaration_document_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponse:
        """One request.

        ``GET /v1/appEncryptionDeclarations/{id}/relationships/appEncryptionDeclarationDocument`` (appEncryptionDeclarations_appEncryptionDeclarationDocument_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-relationships-appencryptiondeclarationdocument
        """
        return await self._call(
            "app_encryption_declarations.app_encryption_declarations_app_encryption_declaration_document_get_to_one_relationship",
            locals(),
        )

    async def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationAppLinkageResponse:
        """One request.

        ``GET /v1/appEncryptionDeclarations/{id}/relationships/app`` (appEncryptionDeclarations_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-relationships-app
        """
        return await self._call(
            "app_encryption_declarations.app_encryption_declarations_app_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppEncryptionDeclaration]:
        """Every AppEncryptionDeclaration across pages, with the pagination guards.

        ``GET /v1/appEncryptionDeclarations`` (appEncryptionDeclarations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations
        """
        return self._paginate(
            "app_encryption_declarations.app_encryption_declarations_get_collection", locals()
        )

    async def list_page(
        self,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEncryptionDeclarations`` (appEncryptionDeclarations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations
        """
        return await self._call(
            "app_encryption_declarations.app_encryption_declarations_get_collection", locals()
        )
