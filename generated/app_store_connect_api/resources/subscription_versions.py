"""`asc.subscription_versions`: the operations on subscription_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.subscription_image_v2 import SubscriptionImageV2
    from ..models.subscription_image_v2_response import SubscriptionImageV2Response
    from ..models.subscription_images_v2_response import SubscriptionImagesV2Response
    from ..models.subscription_localization_v2 import SubscriptionLocalizationV2
    from ..models.subscription_localizations_v2_response import SubscriptionLocalizationsV2Response
    from ..models.subscription_version_create_request import SubscriptionVersionCreateRequest
    from ..models.subscription_version_image_linkage_response import SubscriptionVersionImageLinkageResponse
    from ..models.subscription_version_images_linkages_response import (
        SubscriptionVersionImagesLinkagesResponse,
    )
    from ..models.subscription_version_images_linkages_response_data_item import (
        SubscriptionVersionImagesLinkagesResponseDataItem,
    )
    from ..models.subscription_version_localizations_linkages_response import (
        SubscriptionVersionLocalizationsLinkagesResponse,
    )
    from ..models.subscription_version_localizations_linkages_response_data_item import (
        SubscriptionVersionLocalizationsLinkagesResponseDataItem,
    )
    from ..models.subscription_version_response import SubscriptionVersionResponse

__all__ = ["AsyncSubscriptionVersions", "SubscriptionVersions"]

_CREATE_BODY = Body(
    "subscriptionVersions", {}, {"subscription": ("subscription", "subscriptions", False, True)}
)


class SubscriptionVersions(SyncResource):
    """`asc.subscription_versions`."""

    def create(
        self,
        /,
        body: SubscriptionVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        subscription: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionVersions`` (subscriptionVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionversions
        """
        return self._write(
            "subscription_versions.subscription_versions_create_instance", locals(), _CREATE_BODY
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_versions: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionVersionResponse:
        """One request.

        ``GET /v1/subscriptionVersions/{id}`` (subscriptionVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_
        """
        return self._call("subscription_versions.subscription_versions_get_instance", locals())

    def get_image(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionImageV2Response:
        """One request.

        ``GET /v1/subscriptionVersions/{id}/image`` (subscriptionVersions_image_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-image
        """
        return self._call("subscription_versions.subscription_versions_image_get_to_one_related", locals())

    def get_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> SubscriptionVersionImageLinkageResponse:
        """One request.

        ``GET /v1/subscriptionVersions/{id}/relationships/image`` (subscriptionVersions_image_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-image
        """
        return self._call(
            "subscription_versions.subscription_versions_image_get_to_one_relationship", locals()
        )

    def list_images(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionImageV2]:
        """Every SubscriptionImageV2 across pages, with the pagination guards.

        ``GET /v1/subscriptionVersions/{id}/images`` (subscriptionVersions_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-images
        """
        return self._paginate(
            "subscription_versions.subscription_versions_images_get_to_many_related", locals()
        )

    def list_images_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionImagesV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionVersions/{id}/images`` (subscriptionVersions_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-images
        """
        return self._call("subscription_versions.subscription_versions_images_get_to_many_related", locals())

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
    ) -> Paginator[SubscriptionVersionImagesLinkagesResponseDataItem]:
        """Every SubscriptionVersionImagesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionVersions/{id}/relationships/images`` (subscriptionVersions_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-images
        """
        return self._paginate(
            "subscription_versions.subscription_versions_images_get_to_many_relationship", locals()
        )

    def list_images_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionVersionImagesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionVersions/{id}/relationships/images`` (subscriptionVersions_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-images
        """
        return self._call(
            "subscription_versions.subscription_versions_images_get_to_many_relationship", locals()
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionLocalizationV2]:
        """Every SubscriptionLocalizationV2 across pages, with the pagination guards.

        ``GET /v1/subscriptionVersions/{id}/localizations`` (subscriptionVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-localizations
        """
        return self._paginate(
            "subscription_versions.subscription_versions_localizations_get_to_many_related", locals()
        )

    def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionVersions/{id}/localizations`` (subscriptionVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-localizations
        """
        return self._call(
            "subscription_versions.subscription_versions_localizations_get_to_many_related", locals()
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
    ) -> Paginator[SubscriptionVersionLocalizationsLinkagesResponseDataItem]:
        """Every SubscriptionVersionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionVersions/{id}/relationships/localizations`` (subscriptionVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-localizations
        """
        return self._paginate(
            "subscription_versions.subscription_versions_localizations_get_to_many_relationship", locals()
        )

    def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionVersionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionVersions/{id}/relationships/localizations`` (subscriptionVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-localizations
        """
        return self._call(
            "subscription_versions.subscription_versions_localizations_get_to_many_relationship", locals()
        )


class AsyncSubscriptionVersions(AsyncResource):
    """`asc.subscription_versions` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        subscription: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionVersions`` (subscriptionVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionversions
        """
        return await self._write(
            "subscription_versions.subscription_versions_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_versions: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionVersionResponse:
        """One request.

        ``GET /v1/subscriptionVersions/{id}`` (subscriptionVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_
        """
        return await self._call("subscription_versions.subscription_versions_get_instance", locals())

    async def get_image(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionImageV2Response:
        """One request.

        ``GET /v1/subscriptionVersions/{id}/image`` (subscriptionVersions_image_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-image
        """
        return await self._call(
            "subscription_versions.subscription_versions_image_get_to_one_related", locals()
        )

    async def get_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> SubscriptionVersionImageLinkageResponse:
        """One request.

        ``GET /v1/subscriptionVersions/{id}/relationships/image`` (subscriptionVersions_image_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-image
        """
        return await self._call(
            "subscription_versions.subscription_versions_image_get_to_one_relationship", locals()
        )

    def list_images(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionImageV2]:
        """Every SubscriptionImageV2 across pages, with the pagination guards.

        ``GET /v1/subscriptionVersions/{id}/images`` (subscriptionVersions_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-images
        """
        return self._paginate(
            "subscription_versions.subscription_versions_images_get_to_many_related", locals()
        )

    async def list_images_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionImagesV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionVersions/{id}/images`` (subscriptionVersions_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-images
        """
        return await self._call(
            "subscription_versions.subscription_versions_images_get_to_many_related", locals()
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
    ) -> AsyncPaginator[SubscriptionVersionImagesLinkagesResponseDataItem]:
        """Every SubscriptionVersionImagesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionVersions/{id}/relationships/images`` (subscriptionVersions_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-images
        """
        return self._paginate(
            "subscription_versions.subscription_versions_images_get_to_many_relationship", locals()
        )

    async def list_images_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionVersionImagesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionVersions/{id}/relationships/images`` (subscriptionVersions_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-images
        """
        return await self._call(
            "subscription_versions.subscription_versions_images_get_to_many_relationship", locals()
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionLocalizationV2]:
        """Every SubscriptionLocalizationV2 across pages, with the pagination guards.

        ``GET /v1/subscriptionVersions/{id}/localizations`` (subscriptionVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-localizations
        """
        return self._paginate(
            "subscription_versions.subscription_versions_localizations_get_to_many_related", locals()
        )

    async def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionVersions/{id}/localizations`` (subscriptionVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-localizations
        """
        return await self._call(
            "subscription_versions.subscription_versions_localizations_get_to_many_related", locals()
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
    ) -> AsyncPaginator[SubscriptionVersionLocalizationsLinkagesResponseDataItem]:
        """Every SubscriptionVersionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionVersions/{id}/relationships/localizations`` (subscriptionVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-localizations
        """
        return self._paginate(
            "subscription_versions.subscription_versions_localizations_get_to_many_relationship", locals()
        )

    async def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionVersionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionVersions/{id}/relationships/localizations`` (subscriptionVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-localizations
        """
        return await self._call(
            "subscription_versions.subscription_versions_localizations_get_to_many_relationship", locals()
        )
