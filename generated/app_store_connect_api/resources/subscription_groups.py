"""`asc.subscription_groups`: the operations on subscription_groups (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.subscription import Subscription
    from ..models.subscription_group_create_request import SubscriptionGroupCreateRequest
    from ..models.subscription_group_localization import SubscriptionGroupLocalization
    from ..models.subscription_group_localizations_response import SubscriptionGroupLocalizationsResponse
    from ..models.subscription_group_response import SubscriptionGroupResponse
    from ..models.subscription_group_subscription_group_localizations_linkages_response import (
        SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponse,
    )
    from ..models.subscription_group_subscription_group_localizations_linkages_response_data_item import (
        SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponseDataItem,
    )
    from ..models.subscription_group_subscriptions_linkages_response import (
        SubscriptionGroupSubscriptionsLinkagesResponse,
    )
    from ..models.subscription_group_subscriptions_linkages_response_data_item import (
        SubscriptionGroupSubscriptionsLinkagesResponseDataItem,
    )
    from ..models.subscription_group_update_request import SubscriptionGroupUpdateRequest
    from ..models.subscription_group_version import SubscriptionGroupVersion
    from ..models.subscription_group_versions_linkages_response import (
        SubscriptionGroupVersionsLinkagesResponse,
    )
    from ..models.subscription_group_versions_linkages_response_data_item import (
        SubscriptionGroupVersionsLinkagesResponseDataItem,
    )
    from ..models.subscription_group_versions_response import SubscriptionGroupVersionsResponse
    from ..models.subscriptions_response import SubscriptionsResponse

__all__ = ["AsyncSubscriptionGroups", "SubscriptionGroups"]

_CREATE_BODY = Body(
    "subscriptionGroups",
    {"reference_name": ("referenceName", "string", True)},
    {"app": ("app", "apps", False, True)},
)
_UPDATE_BODY = Body("subscriptionGroups", {"reference_name": ("referenceName", "string", False)}, {})


class SubscriptionGroups(SyncResource):
    """`asc.subscription_groups`."""

    def create(
        self,
        /,
        body: SubscriptionGroupCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionGroups`` (subscriptionGroups_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongroups
        """
        return self._write("subscription_groups.subscription_groups_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/subscriptionGroups/{id}`` (subscriptionGroups_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptiongroups-_id_
        """
        return self._call("subscription_groups.subscription_groups_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subscription_group_localizations: int | None = None,
        limit_subscriptions: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupResponse:
        """One request.

        ``GET /v1/subscriptionGroups/{id}`` (subscriptionGroups_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_
        """
        return self._call("subscription_groups.subscription_groups_get_instance", locals())

    def list_subscription_group_localizations(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionGroupLocalization]:
        """Every SubscriptionGroupLocalization across pages, with the pagination guards.

        ``GET /v1/subscriptionGroups/{id}/subscriptionGroupLocalizations`` (subscriptionGroups_subscriptionGroupLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptiongrouplocalizations
        """
        return self._paginate(
            "subscription_groups.subscription_groups_subscription_group_localizations_get_to_many_related",
            locals(),
        )

    def list_subscription_group_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroups/{id}/subscriptionGroupLocalizations`` (subscriptionGroups_subscriptionGroupLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptiongrouplocalizations
        """
        return self._call(
            "subscription_groups.subscription_groups_subscription_group_localizations_get_to_many_related",
            locals(),
        )

    def list_subscription_group_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponseDataItem]:
        """Every SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionGroups/{id}/relationships/subscriptionGroupLocalizations`` (subscriptionGroups_subscriptionGroupLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-subscriptiongrouplocalizations
        """
        return self._paginate(
            "subscription_groups.subscription_groups_subscription_group_localizations_get_to_many_relationship",
            locals(),
        )

    def list_subscription_group_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroups/{id}/relationships/subscriptionGroupLocalizations`` (subscriptionGroups_subscriptionGroupLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-subscriptiongrouplocalizations
        """
        return self._call(
            "subscription_groups.subscription_groups_subscription_group_localizations_get_to_many_relationship",
            locals(),
        )

    def list_subscriptions(
        self,
        id: str,
        /,
        *,
        filter_product_id: str | Sequence[str] | None = None,
        filter_name: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscription_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscription_introductory_offers: str | Sequence[str] | None = None,
        fields_subscription_promotional_offers: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        fields_subscription_prices: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_subscription_availabilities: str | Sequence[str] | None = None,
        fields_win_back_offers: str | Sequence[str] | None = None,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscription_plan_availabilities: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_subscription_localizations: int | None = None,
        limit_introductory_offers: int | None = None,
        limit_promotional_offers: int | None = None,
        limit_offer_codes: int | None = None,
        limit_prices: int | None = None,
        limit_win_back_offers: int | None = None,
        limit_images: int | None = None,
        limit_plan_availabilities: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Subscription]:
        """Every Subscription across pages, with the pagination guards.

        ``GET /v1/subscriptionGroups/{id}/subscriptions`` (subscriptionGroups_subscriptions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptions
        """
        return self._paginate(
            "subscription_groups.subscription_groups_subscriptions_get_to_many_related", locals()
        )

    def list_subscriptions_page(
        self,
        id: str,
        /,
        *,
        filter_product_id: str | Sequence[str] | None = None,
        filter_name: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscription_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscription_introductory_offers: str | Sequence[str] | None = None,
        fields_subscription_promotional_offers: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        fields_subscription_prices: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_subscription_availabilities: str | Sequence[str] | None = None,
        fields_win_back_offers: str | Sequence[str] | None = None,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscription_plan_availabilities: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_subscription_localizations: int | None = None,
        limit_introductory_offers: int | None = None,
        limit_promotional_offers: int | None = None,
        limit_offer_codes: int | None = None,
        limit_prices: int | None = None,
        limit_win_back_offers: int | None = None,
        limit_images: int | None = None,
        limit_plan_availabilities: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroups/{id}/subscriptions`` (subscriptionGroups_subscriptions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptions
        """
        return self._call(
            "subscription_groups.subscription_groups_subscriptions_get_to_many_related", locals()
        )

    def list_subscriptions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionGroupSubscriptionsLinkagesResponseDataItem]:
        """Every SubscriptionGroupSubscriptionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionGroups/{id}/relationships/subscriptions`` (subscriptionGroups_subscriptions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-subscriptions
        """
        return self._paginate(
            "subscription_groups.subscription_groups_subscriptions_get_to_many_relationship", locals()
        )

    def list_subscriptions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupSubscriptionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroups/{id}/relationships/subscriptions`` (subscriptionGroups_subscriptions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-subscriptions
        """
        return self._call(
            "subscription_groups.subscription_groups_subscriptions_get_to_many_relationship", locals()
        )

    def list_versions(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionGroupVersion]:
        """Every SubscriptionGroupVersion across pages, with the pagination guards.

        ``GET /v1/subscriptionGroups/{id}/versions`` (subscriptionGroups_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-versions
        """
        return self._paginate(
            "subscription_groups.subscription_groups_versions_get_to_many_related", locals()
        )

    def list_versions_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroups/{id}/versions`` (subscriptionGroups_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-versions
        """
        return self._call("subscription_groups.subscription_groups_versions_get_to_many_related", locals())

    def list_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionGroupVersionsLinkagesResponseDataItem]:
        """Every SubscriptionGroupVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionGroups/{id}/relationships/versions`` (subscriptionGroups_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-versions
        """
        return self._paginate(
            "subscription_groups.subscription_groups_versions_get_to_many_relationship", locals()
        )

    def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroups/{id}/relationships/versions`` (subscriptionGroups_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-versions
        """
        return self._call(
            "subscription_groups.subscription_groups_versions_get_to_many_relationship", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: SubscriptionGroupUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionGroups/{id}`` (subscriptionGroups_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptiongroups-_id_
        """
        return self._write("subscription_groups.subscription_groups_update_instance", locals(), _UPDATE_BODY)


class AsyncSubscriptionGroups(AsyncResource):
    """`asc.subscription_groups` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionGroupCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionGroups`` (subscriptionGroups_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongroups
        """
        return await self._write(
            "subscription_groups.subscription_groups_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/subscriptionGroups/{id}`` (subscriptionGroups_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptiongroups-_id_
        """
        return await self._call("subscription_groups.subscription_groups_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subscription_group_localizations: int | None = None,
        limit_subscriptions: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupResponse:
        """One request.

        ``GET /v1/subscriptionGroups/{id}`` (subscriptionGroups_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_
        """
        return await self._call("subscription_groups.subscription_groups_get_instance", locals())

    def list_subscription_group_localizations(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionGroupLocalization]:
        """Every SubscriptionGroupLocalization across pages, with the pagination guards.

        ``GET /v1/subscriptionGroups/{id}/subscriptionGroupLocalizations`` (subscriptionGroups_subscriptionGroupLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptiongrouplocalizations
        """
        return self._paginate(
            "subscription_groups.subscription_groups_subscription_group_localizations_get_to_many_related",
            locals(),
        )

    async def list_subscription_group_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroups/{id}/subscriptionGroupLocalizations`` (subscriptionGroups_subscriptionGroupLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptiongrouplocalizations
        """
        return await self._call(
            "subscription_groups.subscription_groups_subscription_group_localizations_get_to_many_related",
            locals(),
        )

    def list_subscription_group_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponseDataItem]:
        """Every SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionGroups/{id}/relationships/subscriptionGroupLocalizations`` (subscriptionGroups_subscriptionGroupLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-subscriptiongrouplocalizations
        """
        return self._paginate(
            "subscription_groups.subscription_groups_subscription_group_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_subscription_group_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroups/{id}/relationships/subscriptionGroupLocalizations`` (subscriptionGroups_subscriptionGroupLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-subscriptiongrouplocalizations
        """
        return await self._call(
            "subscription_groups.subscription_groups_subscription_group_localizations_get_to_many_relationship",
            locals(),
        )

    def list_subscriptions(
        self,
        id: str,
        /,
        *,
        filter_product_id: str | Sequence[str] | None = None,
        filter_name: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscription_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscription_introductory_offers: str | Sequence[str] | None = None,
        fields_subscription_promotional_offers: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        fields_subscription_prices: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_subscription_availabilities: str | Sequence[str] | None = None,
        fields_win_back_offers: str | Sequence[str] | None = None,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscription_plan_availabilities: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_subscription_localizations: int | None = None,
        limit_introductory_offers: int | None = None,
        limit_promotional_offers: int | None = None,
        limit_offer_codes: int | None = None,
        limit_prices: int | None = None,
        limit_win_back_offers: int | None = None,
        limit_images: int | None = None,
        limit_plan_availabilities: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Subscription]:
        """Every Subscription across pages, with the pagination guards.

        ``GET /v1/subscriptionGroups/{id}/subscriptions`` (subscriptionGroups_subscriptions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptions
        """
        return self._paginate(
            "subscription_groups.subscription_groups_subscriptions_get_to_many_related", locals()
        )

    async def list_subscriptions_page(
        self,
        id: str,
        /,
        *,
        filter_product_id: str | Sequence[str] | None = None,
        filter_name: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscription_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscription_introductory_offers: str | Sequence[str] | None = None,
        fields_subscription_promotional_offers: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        fields_subscription_prices: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_subscription_availabilities: str | Sequence[str] | None = None,
        fields_win_back_offers: str | Sequence[str] | None = None,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscription_plan_availabilities: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_subscription_localizations: int | None = None,
        limit_introductory_offers: int | None = None,
        limit_promotional_offers: int | None = None,
        limit_offer_codes: int | None = None,
        limit_prices: int | None = None,
        limit_win_back_offers: int | None = None,
        limit_images: int | None = None,
        limit_plan_availabilities: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroups/{id}/subscriptions`` (subscriptionGroups_subscriptions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptions
        """
        return await self._call(
            "subscription_groups.subscription_groups_subscriptions_get_to_many_related", locals()
        )

    def list_subscriptions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionGroupSubscriptionsLinkagesResponseDataItem]:
        """Every SubscriptionGroupSubscriptionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionGroups/{id}/relationships/subscriptions`` (subscriptionGroups_subscriptions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-subscriptions
        """
        return self._paginate(
            "subscription_groups.subscription_groups_subscriptions_get_to_many_relationship", locals()
        )

    async def list_subscriptions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupSubscriptionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroups/{id}/relationships/subscriptions`` (subscriptionGroups_subscriptions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-subscriptions
        """
        return await self._call(
            "subscription_groups.subscription_groups_subscriptions_get_to_many_relationship", locals()
        )

    def list_versions(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionGroupVersion]:
        """Every SubscriptionGroupVersion across pages, with the pagination guards.

        ``GET /v1/subscriptionGroups/{id}/versions`` (subscriptionGroups_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-versions
        """
        return self._paginate(
            "subscription_groups.subscription_groups_versions_get_to_many_related", locals()
        )

    async def list_versions_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroups/{id}/versions`` (subscriptionGroups_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-versions
        """
        return await self._call(
            "subscription_groups.subscription_groups_versions_get_to_many_related", locals()
        )

    def list_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionGroupVersionsLinkagesResponseDataItem]:
        """Every SubscriptionGroupVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionGroups/{id}/relationships/versions`` (subscriptionGroups_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-versions
        """
        return self._paginate(
            "subscription_groups.subscription_groups_versions_get_to_many_relationship", locals()
        )

    async def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionGroups/{id}/relationships/versions`` (subscriptionGroups_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-versions
        """
        return await self._call(
            "subscription_groups.subscription_groups_versions_get_to_many_relationship", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionGroupUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionGroups/{id}`` (subscriptionGroups_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptiongroups-_id_
        """
        return await self._write(
            "subscription_groups.subscription_groups_update_instance", locals(), _UPDATE_BODY
        )
