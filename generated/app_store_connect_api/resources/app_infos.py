"""`asc.app_infos`: the operations on app_infos (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.age_rating_declaration_response import AgeRatingDeclarationResponse
    from ..models.app_category_response import AppCategoryResponse
    from ..models.app_info_age_rating_declaration_linkage_response import (
        AppInfoAgeRatingDeclarationLinkageResponse,
    )
    from ..models.app_info_app_info_localizations_linkages_response import (
        AppInfoAppInfoLocalizationsLinkagesResponse,
    )
    from ..models.app_info_app_info_localizations_linkages_response_data_item import (
        AppInfoAppInfoLocalizationsLinkagesResponseDataItem,
    )
    from ..models.app_info_localization import AppInfoLocalization
    from ..models.app_info_localizations_response import AppInfoLocalizationsResponse
    from ..models.app_info_primary_category_linkage_response import AppInfoPrimaryCategoryLinkageResponse
    from ..models.app_info_primary_subcategory_one_linkage_response import (
        AppInfoPrimarySubcategoryOneLinkageResponse,
    )
    from ..models.app_info_primary_subcategory_two_linkage_response import (
        AppInfoPrimarySubcategoryTwoLinkageResponse,
    )
    from ..models.app_info_response import AppInfoResponse
    from ..models.app_info_secondary_category_linkage_response import AppInfoSecondaryCategoryLinkageResponse
    from ..models.app_info_secondary_subcategory_one_linkage_response import (
        AppInfoSecondarySubcategoryOneLinkageResponse,
    )
    from ..models.app_info_secondary_subcategory_two_linkage_response import (
        AppInfoSecondarySubcategoryTwoLinkageResponse,
    )
    from ..models.app_info_territory_age_ratings_linkages_response import (
        AppInfoTerritoryAgeRatingsLinkagesResponse,
    )
    from ..models.app_info_territory_age_ratings_linkages_response_data_item import (
        AppInfoTerritoryAgeRatingsLinkagesResponseDataItem,
    )
    from ..models.app_info_update_request import AppInfoUpdateRequest
    from ..models.territory_age_rating import TerritoryAgeRating
    from ..models.territory_age_ratings_response import TerritoryAgeRatingsResponse

__all__ = ["AppInfos", "AsyncAppInfos"]

_UPDATE_BODY = Body(
    "appInfos",
    {},
    {
        "primary_category": ("primaryCategory", "appCategories", False, False),
        "primary_subcategory_one": ("primarySubcategoryOne", "appCategories", False, False),
        "primary_subcategory_two": ("primarySubcategoryTwo", "appCategories", False, False),
        "secondary_category": ("secondaryCategory", "appCategories", False, False),
        "secondary_subcategory_one": ("secondarySubcategoryOne", "appCategories", False, False),
        "secondary_subcategory_two": ("secondarySubcategoryTwo", "appCategories", False, False),
    },
)


class AppInfos(SyncResource):
    """`asc.app_infos`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_age_rating_declarations: str | Sequence[str] | None = None,
        fields_app_info_localizations: str | Sequence[str] | None = None,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_info_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppInfoResponse:
        """One request.

        ``GET /v1/appInfos/{id}`` (appInfos_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_
        """
        return self._call("app_infos.app_infos_get_instance", locals())

    def get_age_rating_declaration(
        self,
        id: str,
        /,
        *,
        fields_age_rating_declarations: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AgeRatingDeclarationResponse:
        """One request.

        ``GET /v1/appInfos/{id}/ageRatingDeclaration`` (appInfos_ageRatingDeclaration_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-ageratingdeclaration
        """
        return self._call("app_infos.app_infos_age_rating_declaration_get_to_one_related", locals())

    def get_age_rating_declaration_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoAgeRatingDeclarationLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/ageRatingDeclaration`` (appInfos_ageRatingDeclaration_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-ageratingdeclaration
        """
        return self._call("app_infos.app_infos_age_rating_declaration_get_to_one_relationship", locals())

    def get_primary_category(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appInfos/{id}/primaryCategory`` (appInfos_primaryCategory_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-primarycategory
        """
        return self._call("app_infos.app_infos_primary_category_get_to_one_related", locals())

    def get_primary_category_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoPrimaryCategoryLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/primaryCategory`` (appInfos_primaryCategory_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-primarycategory
        """
        return self._call("app_infos.app_infos_primary_category_get_to_one_relationship", locals())

    def get_primary_subcategory_one(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appInfos/{id}/primarySubcategoryOne`` (appInfos_primarySubcategoryOne_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-primarysubcategoryone
        """
        return self._call("app_infos.app_infos_primary_subcategory_one_get_to_one_related", locals())

    def get_primary_subcategory_one_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoPrimarySubcategoryOneLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/primarySubcategoryOne`` (appInfos_primarySubcategoryOne_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-primarysubcategoryone
        """
        return self._call("app_infos.app_infos_primary_subcategory_one_get_to_one_relationship", locals())

    def get_primary_subcategory_two(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appInfos/{id}/primarySubcategoryTwo`` (appInfos_primarySubcategoryTwo_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-primarysubcategorytwo
        """
        return self._call("app_infos.app_infos_primary_subcategory_two_get_to_one_related", locals())

    def get_primary_subcategory_two_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoPrimarySubcategoryTwoLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/primarySubcategoryTwo`` (appInfos_primarySubcategoryTwo_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-primarysubcategorytwo
        """
        return self._call("app_infos.app_infos_primary_subcategory_two_get_to_one_relationship", locals())

    def get_secondary_category(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appInfos/{id}/secondaryCategory`` (appInfos_secondaryCategory_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarycategory
        """
        return self._call("app_infos.app_infos_secondary_category_get_to_one_related", locals())

    def get_secondary_category_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoSecondaryCategoryLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/secondaryCategory`` (appInfos_secondaryCategory_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-secondarycategory
        """
        return self._call("app_infos.app_infos_secondary_category_get_to_one_relationship", locals())

    def get_secondary_subcategory_one(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appInfos/{id}/secondarySubcategoryOne`` (appInfos_secondarySubcategoryOne_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarysubcategoryone
        """
        return self._call("app_infos.app_infos_secondary_subcategory_one_get_to_one_related", locals())

    def get_secondary_subcategory_one_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoSecondarySubcategoryOneLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/secondarySubcategoryOne`` (appInfos_secondarySubcategoryOne_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-secondarysubcategoryone
        """
        return self._call("app_infos.app_infos_secondary_subcategory_one_get_to_one_relationship", locals())

    def get_secondary_subcategory_two(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appInfos/{id}/secondarySubcategoryTwo`` (appInfos_secondarySubcategoryTwo_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarysubcategorytwo
        """
        return self._call("app_infos.app_infos_secondary_subcategory_two_get_to_one_related", locals())

    def get_secondary_subcategory_two_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoSecondarySubcategoryTwoLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/secondarySubcategoryTwo`` (appInfos_secondarySubcategoryTwo_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-secondarysubcategorytwo
        """
        return self._call("app_infos.app_infos_secondary_subcategory_two_get_to_one_relationship", locals())

    def list_app_info_localizations(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_info_localizations: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppInfoLocalization]:
        """Every AppInfoLocalization across pages, with the pagination guards.

        ``GET /v1/appInfos/{id}/appInfoLocalizations`` (appInfos_appInfoLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-appinfolocalizations
        """
        return self._paginate("app_infos.app_infos_app_info_localizations_get_to_many_related", locals())

    def list_app_info_localizations_page(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_info_localizations: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppInfoLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appInfos/{id}/appInfoLocalizations`` (appInfos_appInfoLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-appinfolocalizations
        """
        return self._call("app_infos.app_infos_app_info_localizations_get_to_many_related", locals())

    def list_app_info_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppInfoAppInfoLocalizationsLinkagesResponseDataItem]:
        """Every AppInfoAppInfoLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appInfos/{id}/relationships/appInfoLocalizations`` (appInfos_appInfoLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-appinfolocalizations
        """
        return self._paginate("app_infos.app_infos_app_info_localizations_get_to_many_relationship", locals())

    def list_app_info_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppInfoAppInfoLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appInfos/{id}/relationships/appInfoLocalizations`` (appInfos_appInfoLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-appinfolocalizations
        """
        return self._call("app_infos.app_infos_app_info_localizations_get_to_many_relationship", locals())

    def list_territory_age_ratings(
        self,
        id: str,
        /,
        *,
        fields_territory_age_ratings: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[TerritoryAgeRating]:
        """Every TerritoryAgeRating across pages, with the pagination guards.

        ``GET /v1/appInfos/{id}/territoryAgeRatings`` (appInfos_territoryAgeRatings_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-territoryageratings
        """
        return self._paginate("app_infos.app_infos_territory_age_ratings_get_to_many_related", locals())

    def list_territory_age_ratings_page(
        self,
        id: str,
        /,
        *,
        fields_territory_age_ratings: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> TerritoryAgeRatingsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appInfos/{id}/territoryAgeRatings`` (appInfos_territoryAgeRatings_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-territoryageratings
        """
        return self._call("app_infos.app_infos_territory_age_ratings_get_to_many_related", locals())

    def list_territory_age_ratings_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppInfoTerritoryAgeRatingsLinkagesResponseDataItem]:
        """Every AppInfoTerritoryAgeRatingsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appInfos/{id}/relationships/territoryAgeRatings`` (appInfos_territoryAgeRatings_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-territoryageratings
        """
        return self._paginate("app_infos.app_infos_territory_age_ratings_get_to_many_relationship", locals())

    def list_territory_age_ratings_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppInfoTerritoryAgeRatingsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appInfos/{id}/relationships/territoryAgeRatings`` (appInfos_territoryAgeRatings_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-territoryageratings
        """
        return self._call("app_infos.app_infos_territory_age_ratings_get_to_many_relationship", locals())

    def update(
        self,
        id: str,
        /,
        body: AppInfoUpdateRequest | Mapping[str, Any] | None = None,
        *,
        primary_category: str | None | Unset = UNSET,
        primary_subcategory_one: str | None | Unset = UNSET,
        primary_subcategory_two: str | None | Unset = UNSET,
        secondary_category: str | None | Unset = UNSET,
        secondary_subcategory_one: str | None | Unset = UNSET,
        secondary_subcategory_two: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppInfoResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appInfos/{id}`` (appInfos_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appinfos-_id_
        """
        return self._write("app_infos.app_infos_update_instance", locals(), _UPDATE_BODY)


class AsyncAppInfos(AsyncResource):
    """`asc.app_infos` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_age_rating_declarations: str | Sequence[str] | None = None,
        fields_app_info_localizations: str | Sequence[str] | None = None,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_info_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppInfoResponse:
        """One request.

        ``GET /v1/appInfos/{id}`` (appInfos_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_
        """
        return await self._call("app_infos.app_infos_get_instance", locals())

    async def get_age_rating_declaration(
        self,
        id: str,
        /,
        *,
        fields_age_rating_declarations: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AgeRatingDeclarationResponse:
        """One request.

        ``GET /v1/appInfos/{id}/ageRatingDeclaration`` (appInfos_ageRatingDeclaration_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-ageratingdeclaration
        """
        return await self._call("app_infos.app_infos_age_rating_declaration_get_to_one_related", locals())

    async def get_age_rating_declaration_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoAgeRatingDeclarationLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/ageRatingDeclaration`` (appInfos_ageRatingDeclaration_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-ageratingdeclaration
        """
        return await self._call(
            "app_infos.app_infos_age_rating_declaration_get_to_one_relationship", locals()
        )

    async def get_primary_category(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appInfos/{id}/primaryCategory`` (appInfos_primaryCategory_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-primarycategory
        """
        return await self._call("app_infos.app_infos_primary_category_get_to_one_related", locals())

    async def get_primary_category_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoPrimaryCategoryLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/primaryCategory`` (appInfos_primaryCategory_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-primarycategory
        """
        return await self._call("app_infos.app_infos_primary_category_get_to_one_relationship", locals())

    async def get_primary_subcategory_one(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appInfos/{id}/primarySubcategoryOne`` (appInfos_primarySubcategoryOne_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-primarysubcategoryone
        """
        return await self._call("app_infos.app_infos_primary_subcategory_one_get_to_one_related", locals())

    async def get_primary_subcategory_one_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoPrimarySubcategoryOneLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/primarySubcategoryOne`` (appInfos_primarySubcategoryOne_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-primarysubcategoryone
        """
        return await self._call(
            "app_infos.app_infos_primary_subcategory_one_get_to_one_relationship", locals()
        )

    async def get_primary_subcategory_two(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appInfos/{id}/primarySubcategoryTwo`` (appInfos_primarySubcategoryTwo_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-primarysubcategorytwo
        """
        return await self._call("app_infos.app_infos_primary_subcategory_two_get_to_one_related", locals())

    async def get_primary_subcategory_two_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoPrimarySubcategoryTwoLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/primarySubcategoryTwo`` (appInfos_primarySubcategoryTwo_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-primarysubcategorytwo
        """
        return await self._call(
            "app_infos.app_infos_primary_subcategory_two_get_to_one_relationship", locals()
        )

    async def get_secondary_category(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appInfos/{id}/secondaryCategory`` (appInfos_secondaryCategory_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarycategory
        """
        return await self._call("app_infos.app_infos_secondary_category_get_to_one_related", locals())

    async def get_secondary_category_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoSecondaryCategoryLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/secondaryCategory`` (appInfos_secondaryCategory_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-secondarycategory
        """
        return await self._call("app_infos.app_infos_secondary_category_get_to_one_relationship", locals())

    async def get_secondary_subcategory_one(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appInfos/{id}/secondarySubcategoryOne`` (appInfos_secondarySubcategoryOne_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarysubcategoryone
        """
        return await self._call("app_infos.app_infos_secondary_subcategory_one_get_to_one_related", locals())

    async def get_secondary_subcategory_one_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoSecondarySubcategoryOneLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/secondarySubcategoryOne`` (appInfos_secondarySubcategoryOne_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-secondarysubcategoryone
        """
        return await self._call(
            "app_infos.app_infos_secondary_subcategory_one_get_to_one_relationship", locals()
        )

    async def get_secondary_subcategory_two(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appInfos/{id}/secondarySubcategoryTwo`` (appInfos_secondarySubcategoryTwo_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarysubcategorytwo
        """
        return await self._call("app_infos.app_infos_secondary_subcategory_two_get_to_one_related", locals())

    async def get_secondary_subcategory_two_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppInfoSecondarySubcategoryTwoLinkageResponse:
        """One request.

        ``GET /v1/appInfos/{id}/relationships/secondarySubcategoryTwo`` (appInfos_secondarySubcategoryTwo_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-secondarysubcategorytwo
        """
        return await self._call(
            "app_infos.app_infos_secondary_subcategory_two_get_to_one_relationship", locals()
        )

    def list_app_info_localizations(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_info_localizations: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppInfoLocalization]:
        """Every AppInfoLocalization across pages, with the pagination guards.

        ``GET /v1/appInfos/{id}/appInfoLocalizations`` (appInfos_appInfoLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-appinfolocalizations
        """
        return self._paginate("app_infos.app_infos_app_info_localizations_get_to_many_related", locals())

    async def list_app_info_localizations_page(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_info_localizations: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppInfoLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appInfos/{id}/appInfoLocalizations`` (appInfos_appInfoLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-appinfolocalizations
        """
        return await self._call("app_infos.app_infos_app_info_localizations_get_to_many_related", locals())

    def list_app_info_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppInfoAppInfoLocalizationsLinkagesResponseDataItem]:
        """Every AppInfoAppInfoLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appInfos/{id}/relationships/appInfoLocalizations`` (appInfos_appInfoLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-appinfolocalizations
        """
        return self._paginate("app_infos.app_infos_app_info_localizations_get_to_many_relationship", locals())

    async def list_app_info_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppInfoAppInfoLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appInfos/{id}/relationships/appInfoLocalizations`` (appInfos_appInfoLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-appinfolocalizations
        """
        return await self._call(
            "app_infos.app_infos_app_info_localizations_get_to_many_relationship", locals()
        )

    def list_territory_age_ratings(
        self,
        id: str,
        /,
        *,
        fields_territory_age_ratings: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[TerritoryAgeRating]:
        """Every TerritoryAgeRating across pages, with the pagination guards.

        ``GET /v1/appInfos/{id}/territoryAgeRatings`` (appInfos_territoryAgeRatings_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-territoryageratings
        """
        return self._paginate("app_infos.app_infos_territory_age_ratings_get_to_many_related", locals())

    async def list_territory_age_ratings_page(
        self,
        id: str,
        /,
        *,
        fields_territory_age_ratings: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> TerritoryAgeRatingsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appInfos/{id}/territoryAgeRatings`` (appInfos_territoryAgeRatings_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-territoryageratings
        """
        return await self._call("app_infos.app_infos_territory_age_ratings_get_to_many_related", locals())

    def list_territory_age_ratings_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppInfoTerritoryAgeRatingsLinkagesResponseDataItem]:
        """Every AppInfoTerritoryAgeRatingsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appInfos/{id}/relationships/territoryAgeRatings`` (appInfos_territoryAgeRatings_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-territoryageratings
        """
        return self._paginate("app_infos.app_infos_territory_age_ratings_get_to_many_relationship", locals())

    async def list_territory_age_ratings_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppInfoTerritoryAgeRatingsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appInfos/{id}/relationships/territoryAgeRatings`` (appInfos_territoryAgeRatings_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-territoryageratings
        """
        return await self._call(
            "app_infos.app_infos_territory_age_ratings_get_to_many_relationship", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: AppInfoUpdateRequest | Mapping[str, Any] | None = None,
        *,
        primary_category: str | None | Unset = UNSET,
        primary_subcategory_one: str | None | Unset = UNSET,
        primary_subcategory_two: str | None | Unset = UNSET,
        secondary_category: str | None | Unset = UNSET,
        secondary_subcategory_one: str | None | Unset = UNSET,
        secondary_subcategory_two: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppInfoResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appInfos/{id}`` (appInfos_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appinfos-_id_
        """
        return await self._write("app_infos.app_infos_update_instance", locals(), _UPDATE_BODY)
