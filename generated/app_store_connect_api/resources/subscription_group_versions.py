"""`asc.subscription_group_versions`: the operations on subscription_group_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.subscription_group_localization_v2 import SubscriptionGroupLocalizationV2
    from ..models.subscription_group_localizations_v2_response import SubscriptionGroupLocalizationsV2Response
    from ..models.subscription_group_version_create_request import SubscriptionGroupVersionCreateRequest
    from ..models.subscription_group_version_localizations_linkages_response import (
        SubscriptionGroupVersionLocalizationsLinkagesResponse,
    )
    from ..models.subscription_group_version_localizations_linkages_response_data_item import (
        SubscriptionGroupVersionLocalizationsLinkagesResponseDataItem,
    )
    from ..models.subscription_group_version_response import SubscriptionGroupVersionResponse

__all__ = ["AsyncSubscriptionGroupVersions", "SubscriptionGroupVersions"]

_CREATE_BODY = Body(
    "subscriptionGroupVersions",
    {},
    {"subscription_group": ("subscriptionGroup", "subscriptionGroups", False, True)},
)


class SubscriptionGroupVersions(SyncResource):
    """`asc.subscription_group_versions`."""

    def create(
        self,
        /,
        body: SubscriptionGroupVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        subscription_group: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionGroupVersions`` (subscriptionGroupVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongroupversions
        """
        return self._write(
            "subscription_group_versions.subscription_group_versions_create_instance", locals(), _CREATE_BODY
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupVersionResponse:
        """One request.

        ``GET /v1/subscriptionGroupVersions/{id}`` (subscriptionGroupVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_
        """
        return self._call("subscription_group_versions.subscription_group_versions_get_instance", locals())

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionGroupLocalizationV2]:
        """Every SubscriptionGroupLocalizationV2 across pages, with the pagination guards.

        ``GET /v1/subscriptionGroupVersions/{id}/localizations`` (subscriptionGroupVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_-localizations
        """
        return self._paginate(
            "subscription_group_versions.subscription_group_versions_localizations_get_to_many_related",
            locals(),
        )

    def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroupVersions/{id}/localizations`` (subscriptionGroupVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_-localizations
        """
        return self._call(
            "subscription_group_versions.subscription_group_versions_localizations_get_to_many_related",
            locals(),
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
    ) -> Paginator[SubscriptionGroupVersionLocalizationsLinkagesResponseDataItem]:
        """Every SubscriptionGroupVersionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionGroupVersions/{id}/relationships/localizations`` (subscriptionGroupVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_-relationships-localizations
        """
        return self._paginate(
            "subscription_group_versions.subscription_group_versions_localizations_get_to_many_relationship",
            locals(),
        )

    def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupVersionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroupVersions/{id}/relationships/localizations`` (subscriptionGroupVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_-relationships-localizations
        """
        return self._call(
            "subscription_group_versions.subscription_group_versions_localizations_get_to_many_relationship",
            locals(),
        )


class AsyncSubscriptionGroupVersions(AsyncResource):
    """`asc.subscription_group_versions` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionGroupVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        subscription_group: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionGroupVersions`` (subscriptionGroupVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongroupversions
        """
        return await self._write(
            "subscription_group_versions.subscription_group_versions_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupVersionResponse:
        """One request.

        ``GET /v1/subscriptionGroupVersions/{id}`` (subscriptionGroupVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_
        """
        return await self._call(
            "subscription_group_versions.subscription_group_versions_get_instance", locals()
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionGroupLocalizationV2]:
        """Every SubscriptionGroupLocalizationV2 across pages, with the pagination guards.

        ``GET /v1/subscriptionGroupVersions/{id}/localizations`` (subscriptionGroupVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_-localizations
        """
        return self._paginate(
            "subscription_group_versions.subscription_group_versions_localizations_get_to_many_related",
            locals(),
        )

    async def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroupVersions/{id}/localizations`` (subscriptionGroupVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_-localizations
        """
        return await self._call(
            "subscription_group_versions.subscription_group_versions_localizations_get_to_many_related",
            locals(),
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
    ) -> AsyncPaginator[SubscriptionGroupVersionLocalizationsLinkagesResponseDataItem]:
        """Every SubscriptionGroupVersionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionGroupVersions/{id}/relationships/localizations`` (subscriptionGroupVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_-relationships-localizations
        """
        return self._paginate(
            "subscription_group_versions.subscription_group_versions_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupVersionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroupVersions/{id}/relationships/localizations`` (subscriptionGroupVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_-relationships-localizations
        """
        return await self._call(
            "subscription_group_versions.subscription_group_versions_localizations_get_to_many_relationship",
            locals(),
        )
