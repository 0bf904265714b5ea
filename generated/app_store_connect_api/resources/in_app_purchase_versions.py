"""`asc.in_app_purchase_versions`: the operations on in_app_purchase_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_image_v2 import InAppPurchaseImageV2
    from ..models.in_app_purchase_image_v2_response import InAppPurchaseImageV2Response
    from ..models.in_app_purchase_images_v2_response import InAppPurchaseImagesV2Response
    from ..models.in_app_purchase_localization_v2 import InAppPurchaseLocalizationV2
    from ..models.in_app_purchase_localizations_v2_response import InAppPurchaseLocalizationsV2Response
    from ..models.in_app_purchase_version_create_request import InAppPurchaseVersionCreateRequest
    from ..models.in_app_purchase_version_image_linkage_response import (
        InAppPurchaseVersionImageLinkageResponse,
    )
    from ..models.in_app_purchase_version_images_linkages_response import (
        InAppPurchaseVersionImagesLinkagesResponse,
    )
    from ..models.in_app_purchase_version_images_linkages_response_data_item import (
        InAppPurchaseVersionImagesLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_version_localizations_linkages_response import (
        InAppPurchaseVersionLocalizationsLinkagesResponse,
    )
    from ..models.in_app_purchase_version_localizations_linkages_response_data_item import (
        InAppPurchaseVersionLocalizationsLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_version_response import InAppPurchaseVersionResponse

__all__ = ["AsyncInAppPurchaseVersions", "InAppPurchaseVersions"]

_CREATE_BODY = Body(
    "inAppPurchaseVersions", {}, {"in_app_purchase": ("inAppPurchase", "inAppPurchases", False, True)}
)


class InAppPurchaseVersions(SyncResource):
    """`asc.in_app_purchase_versions`."""

    def create(
        self,
        /,
        body: InAppPurchaseVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        in_app_purchase: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseVersions`` (inAppPurchaseVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseversions
        """
        return self._write(
            "in_app_purchase_versions.in_app_purchase_versions_create_instance", locals(), _CREATE_BODY
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseVersionResponse:
        """One request.

        ``GET /v1/inAppPurchaseVersions/{id}`` (inAppPurchaseVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_
        """
        return self._call("in_app_purchase_versions.in_app_purchase_versions_get_instance", locals())

    def get_image(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageV2Response:
        """One request.

        ``GET /v1/inAppPurchaseVersions/{id}/image`` (inAppPurchaseVersions_image_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-image
        """
        return self._call(
            "in_app_purchase_versions.in_app_purchase_versions_image_get_to_one_related", locals()
        )

    def get_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchaseVersionImageLinkageResponse:
        """One request.

        ``GET /v1/inAppPurchaseVersions/{id}/relationships/image`` (inAppPurchaseVersions_image_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-image
        """
        return self._call(
            "in_app_purchase_versions.in_app_purchase_versions_image_get_to_one_relationship", locals()
        )

    def list_images(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseImageV2]:
        """Every InAppPurchaseImageV2 across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseVersions/{id}/images`` (inAppPurchaseVersions_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-images
        """
        return self._paginate(
            "in_app_purchase_versions.in_app_purchase_versions_images_get_to_many_related", locals()
        )

    def list_images_page(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseImagesV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseVersions/{id}/images`` (inAppPurchaseVersions_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-images
        """
        return self._call(
            "in_app_purchase_versions.in_app_purchase_versions_images_get_to_many_related", locals()
        )

    def list_images_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseVersionImagesLinkagesResponseDataItem]:
        """Every InAppPurchaseVersionImagesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseVersions/{id}/relationships/images`` (inAppPurchaseVersions_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-images
        """
        return self._paginate(
            "in_app_purchase_versions.in_app_purchase_versions_images_get_to_many_relationship", locals()
        )

    def list_images_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseVersionImagesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseVersions/{id}/relationships/images`` (inAppPurchaseVersions_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-images
        """
        return self._call(
            "in_app_purchase_versions.in_app_purchase_versions_images_get_to_many_relationship", locals()
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseLocalizationV2]:
        """Every InAppPurchaseLocalizationV2 across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseVersions/{id}/localizations`` (inAppPurchaseVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-localizations
        """
        return self._paginate(
            "in_app_purchase_versions.in_app_purchase_versions_localizations_get_to_many_related", locals()
        )

    def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseVersions/{id}/localizations`` (inAppPurchaseVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-localizations
        """
        return self._call(
            "in_app_purchase_versions.in_app_purchase_versions_localizations_get_to_many_related", locals()
        )

    def list_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseVersionLocalizationsLinkagesResponseDataItem]:
        """Every InAppPurchaseVersionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseVersions/{id}/relationships/localizations`` (inAppPurchaseVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-localizations
        """
        return self._paginate(
            "in_app_purchase_versions.in_app_purchase_versions_localizations_get_to_many_relationship",
            locals(),
        )

    def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseVersionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseVersions/{id}/relationships/localizations`` (inAppPurchaseVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-localizations
        """
        return self._call(
            "in_app_purchase_versions.in_app_purchase_versions_localizations_get_to_many_relationship",
            locals(),
        )


class AsyncInAppPurchaseVersions(AsyncResource):
    """`asc.in_app_purchase_versions` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchaseVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        in_app_purchase: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseVersions`` (inAppPurchaseVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseversions
        """
        return await self._write(
            "in_app_purchase_versions.in_app_purchase_versions_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseVersionResponse:
        """One request.

        ``GET /v1/inAppPurchaseVersions/{id}`` (inAppPurchaseVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_
        """
        return await self._call("in_app_purchase_versions.in_app_purchase_versions_get_instance", locals())

    async def get_image(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageV2Response:
        """One request.

        ``GET /v1/inAppPurchaseVersions/{id}/image`` (inAppPurchaseVersions_image_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-image
        """
        return await self._call(
            "in_app_purchase_versions.in_app_purchase_versions_image_get_to_one_related", locals()
        )

    async def get_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchaseVersionImageLinkageResponse:
        """One request.

        ``GET /v1/inAppPurchaseVersions/{id}/relationships/image`` (inAppPurchaseVersions_image_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-image
        """
        return await self._call(
            "in_app_purchase_versions.in_app_purchase_versions_image_get_to_one_relationship", locals()
        )

    def list_images(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseImageV2]:
        """Every InAppPurchaseImageV2 across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseVersions/{id}/images`` (inAppPurchaseVersions_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-images
        """
        return self._paginate(
            "in_app_purchase_versions.in_app_purchase_versions_images_get_to_many_related", locals()
        )

    async def list_images_page(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseImagesV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseVersions/{id}/images`` (inAppPurchaseVersions_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-images
        """
        return await self._call(
            "in_app_purchase_versions.in_app_purchase_versions_images_get_to_many_related", locals()
        )

    def list_images_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseVersionImagesLinkagesResponseDataItem]:
        """Every InAppPurchaseVersionImagesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseVersions/{id}/relationships/images`` (inAppPurchaseVersions_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-images
        """
        return self._paginate(
            "in_app_purchase_versions.in_app_purchase_versions_images_get_to_many_relationship", locals()
        )

    async def list_images_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseVersionImagesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseVersions/{id}/relationships/images`` (inAppPurchaseVersions_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-images
        """
        return await self._call(
            "in_app_purchase_versions.in_app_purchase_versions_images_get_to_many_relationship", locals()
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseLocalizationV2]:
        """Every InAppPurchaseLocalizationV2 across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseVersions/{id}/localizations`` (inAppPurchaseVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-localizations
        """
        return self._paginate(
            "in_app_purchase_versions.in_app_purchase_versions_localizations_get_to_many_related", locals()
        )

    async def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseVersions/{id}/localizations`` (inAppPurchaseVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-localizations
        """
        return await self._call(
            "in_app_purchase_versions.in_app_purchase_versions_localizations_get_to_many_related", locals()
        )

    def list_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseVersionLocalizationsLinkagesResponseDataItem]:
        """Every InAppPurchaseVersionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseVersions/{id}/relationships/localizations`` (inAppPurchaseVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-localizations
        """
        return self._paginate(
            "in_app_purchase_versions.in_app_purchase_versions_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseVersionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseVersions/{id}/relationships/localizations`` (inAppPurchaseVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-localizations
        """
        return await self._call(
            "in_app_purchase_versions.in_app_purchase_versions_localizations_get_to_many_relationship",
            locals(),
        )
