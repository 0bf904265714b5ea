"""`asc.alternative_distribution_keys`: the operations on alternative_distribution_keys (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.alternative_distribution_key import AlternativeDistributionKey
    from ..models.alternative_distribution_key_create_request import AlternativeDistributionKeyCreateRequest
    from ..models.alternative_distribution_key_response import AlternativeDistributionKeyResponse
    from ..models.alternative_distribution_keys_response import AlternativeDistributionKeysResponse

__all__ = ["AlternativeDistributionKeys", "AsyncAlternativeDistributionKeys"]

_CREATE_BODY = Body(
    "alternativeDistributionKeys",
    {"public_key": ("publicKey", "string", True)},
    {"app": ("app", "apps", False, False)},
)


class AlternativeDistributionKeys(SyncResource):
    """`asc.alternative_distribution_keys`."""

    def create(
        self,
        /,
        body: AlternativeDistributionKeyCreateRequest | Mapping[str, Any] | None = None,
        *,
        public_key: str | Unset = UNSET,
        app: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AlternativeDistributionKeyResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/alternativeDistributionKeys`` (alternativeDistributionKeys_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-alternativedistributionkeys
        """
        return self._write(
            "alternative_distribution_keys.alternative_distribution_keys_create_instance",
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

        ``DELETE /v1/alternativeDistributionKeys/{id}`` (alternativeDistributionKeys_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-alternativedistributionkeys-_id_
        """
        return self._call(
            "alternative_distribution_keys.alternative_distribution_keys_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_keys: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionKeyResponse:
        """One request.

        ``GET /v1/alternativeDistributionKeys/{id}`` (alternativeDistributionKeys_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys-_id_
        """
        return self._call(
            "alternative_distribution_keys.alternative_distribution_keys_get_instance", locals()
        )

    def list(
        self,
        *,
        exists_app: bool | None = None,
        fields_alternative_distribution_keys: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AlternativeDistributionKey]:
        """Every AlternativeDistributionKey across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionKeys`` (alternativeDistributionKeys_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys
        """
        return self._paginate(
            "alternative_distribution_keys.alternative_distribution_keys_get_collection", locals()
        )

    def list_page(
        self,
        *,
        exists_app: bool | None = None,
        fields_alternative_distribution_keys: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionKeysResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionKeys`` (alternativeDistributionKeys_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys
        """
        return self._call(
            "alternative_distribution_keys.alternative_distribution_keys_get_collection", locals()
        )


class AsyncAlternativeDistributionKeys(AsyncResource):
    """`asc.alternative_distribution_keys` (async)."""

    async def create(
        self,
        /,
        body: AlternativeDistributionKeyCreateRequest | Mapping[str, Any] | None = None,
        *,
        public_key: str | Unset = UNSET,
        app: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AlternativeDistributionKeyResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/alternativeDistributionKeys`` (alternativeDistributionKeys_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-alternativedistributionkeys
        """
        return await self._write(
            "alternative_distribution_keys.alternative_distribution_keys_create_instance",
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

        ``DELETE /v1/alternativeDistributionKeys/{id}`` (alternativeDistributionKeys_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-alternativedistributionkeys-_id_
        """
        return await self._call(
            "alternative_distribution_keys.alternative_distribution_keys_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_keys: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionKeyResponse:
        """One request.

        ``GET /v1/alternativeDistributionKeys/{id}`` (alternativeDistributionKeys_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys-_id_
        """
        return await self._call(
            "alternative_distribution_keys.alternative_distribution_keys_get_instance", locals()
        )

    def list(
        self,
        *,
        exists_app: bool | None = None,
        fields_alternative_distribution_keys: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AlternativeDistributionKey]:
        """Every AlternativeDistributionKey across pages, with the pagination guards.

        ``GET /v1/alternativeDistributionKeys`` (alternativeDistributionKeys_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys
        """
        return self._paginate(
            "alternative_distribution_keys.alternative_distribution_keys_get_collection", locals()
        )

    async def list_page(
        self,
        *,
        exists_app: bool | None = None,
        fields_alternative_distribution_keys: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionKeysResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/alternativeDistributionKeys`` (alternativeDistributionKeys_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys
        """
        return await self._call(
            "alternative_distribution_keys.alternative_distribution_keys_get_collection", locals()
        )
