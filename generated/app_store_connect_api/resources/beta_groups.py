"""`asc.beta_groups`: the operations on beta_groups (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_without_includes_response import AppWithoutIncludesResponse
    from ..models.apps_beta_tester_usages_v1_metric_response import AppsBetaTesterUsagesV1MetricResponse
    from ..models.beta_group import BetaGroup
    from ..models.beta_group_app_linkage_response import BetaGroupAppLinkageResponse
    from ..models.beta_group_beta_recruitment_criteria_linkage_response import (
        BetaGroupBetaRecruitmentCriteriaLinkageResponse,
    )
    from ..models.beta_group_beta_recruitment_criterion_compatible_build_check_linkage_response import (
        BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponse,
    )
    from ..models.beta_group_beta_testers_linkages_response import BetaGroupBetaTestersLinkagesResponse
    from ..models.beta_group_beta_testers_linkages_response_data_item import (
        BetaGroupBetaTestersLinkagesResponseDataItem,
    )
    from ..models.beta_group_builds_linkages_response import BetaGroupBuildsLinkagesResponse
    from ..models.beta_group_builds_linkages_response_data_item import BetaGroupBuildsLinkagesResponseDataItem
    from ..models.beta_group_create_request import BetaGroupCreateRequest
    from ..models.beta_group_response import BetaGroupResponse
    from ..models.beta_group_update_request import BetaGroupUpdateRequest
    from ..models.beta_groups_response import BetaGroupsResponse
    from ..models.beta_public_link_usages_v1_metric_response import BetaPublicLinkUsagesV1MetricResponse
    from ..models.beta_recruitment_criterion_compatible_build_check_response import (
        BetaRecruitmentCriterionCompatibleBuildCheckResponse,
    )
    from ..models.beta_recruitment_criterion_response import BetaRecruitmentCriterionResponse
    from ..models.beta_tester import BetaTester
    from ..models.beta_testers_without_includes_response import BetaTestersWithoutIncludesResponse
    from ..models.build import Build
    from ..models.builds_without_includes_response import BuildsWithoutIncludesResponse

__all__ = ["AsyncBetaGroups", "BetaGroups"]

_CREATE_BODY = Body(
    "betaGroups",
    {
        "name": ("name", "string", True),
        "is_internal_group": ("isInternalGroup", "boolean", False),
        "has_access_to_all_builds": ("hasAccessToAllBuilds", "boolean", False),
        "public_link_enabled": ("publicLinkEnabled", "boolean", False),
        "public_link_limit_enabled": ("publicLinkLimitEnabled", "boolean", False),
        "public_link_limit": ("publicLinkLimit", "integer", False),
        "feedback_enabled": ("feedbackEnabled", "boolean", False),
    },
    {
        "app": ("app", "apps", False, True),
        "builds": ("builds", "builds", True, False),
        "beta_testers": ("betaTesters", "betaTesters", True, False),
    },
)
_UPDATE_BODY = Body(
    "betaGroups",
    {
        "name": ("name", "string", False),
        "public_link_enabled": ("publicLinkEnabled", "boolean", False),
        "public_link_limit_enabled": ("publicLinkLimitEnabled", "boolean", False),
        "public_link_limit": ("publicLinkLimit", "integer", False),
        "feedback_enabled": ("feedbackEnabled", "boolean", False),
        "ios_builds_available_for_apple_silicon_mac": (
            "iosBuildsAvailableForAppleSiliconMac",
            "boolean",
            False,
        ),
        "ios_builds_available_for_apple_vision": ("iosBuildsAvailableForAppleVision", "boolean", False),
    },
    {},
)


class BetaGroups(SyncResource):
    """`asc.beta_groups`."""

    def add_beta_testers(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/betaGroups/{id}/relationships/betaTesters`` (betaGroups_betaTesters_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betagroups-_id_-relationships-betatesters
        """
        return self._link_many(
            "beta_groups.beta_groups_beta_testers_create_to_many_relationship", locals(), "betaTesters"
        )

    def add_builds(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/betaGroups/{id}/relationships/builds`` (betaGroups_builds_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betagroups-_id_-relationships-builds
        """
        return self._link_many(
            "beta_groups.beta_groups_builds_create_to_many_relationship", locals(), "builds"
        )

    def create(
        self,
        /,
        body: BetaGroupCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        is_internal_group: bool | None | Unset = UNSET,
        has_access_to_all_builds: bool | None | Unset = UNSET,
        public_link_enabled: bool | None | Unset = UNSET,
        public_link_limit_enabled: bool | None | Unset = UNSET,
        public_link_limit: int | None | Unset = UNSET,
        feedback_enabled: bool | None | Unset = UNSET,
        app: str | Unset = UNSET,
        builds: str | Sequence[str] | None | Unset = UNSET,
        beta_testers: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaGroupResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaGroups`` (betaGroups_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betagroups
        """
        return self._write("beta_groups.beta_groups_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaGroups/{id}`` (betaGroups_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betagroups-_id_
        """
        return self._call("beta_groups.beta_groups_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_recruitment_criteria: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_testers: int | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> BetaGroupResponse:
        """One request.

        ``GET /v1/betaGroups/{id}`` (betaGroups_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_
        """
        return self._call("beta_groups.beta_groups_get_instance", locals())

    def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/app`` (betaGroups_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-app
        """
        return self._call("beta_groups.beta_groups_app_get_to_one_related", locals())

    def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaGroupAppLinkageResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/relationships/app`` (betaGroups_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-app
        """
        return self._call("beta_groups.beta_groups_app_get_to_one_relationship", locals())

    def get_beta_recruitment_criteria(
        self,
        id: str,
        /,
        *,
        fields_beta_recruitment_criteria: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaRecruitmentCriterionResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/betaRecruitmentCriteria`` (betaGroups_betaRecruitmentCriteria_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betarecruitmentcriteria
        """
        return self._call("beta_groups.beta_groups_beta_recruitment_criteria_get_to_one_related", locals())

    def get_beta_recruitment_criteria_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaGroupBetaRecruitmentCriteriaLinkageResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/relationships/betaRecruitmentCriteria`` (betaGroups_betaRecruitmentCriteria_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betarecruitmentcriteria
        """
        return self._call(
            "beta_groups.beta_groups_beta_recruitment_criteria_get_to_one_relationship", locals()
        )

    def get_beta_recruitment_criterion_compatible_build_check(
        self,
        id: str,
        /,
        *,
        fields_beta_recruitment_criterion_compatible_build_checks: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaRecruitmentCriterionCompatibleBuildCheckResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/betaRecruitmentCriterionCompatibleBuildCheck`` (betaGroups_betaRecruitmentCriterionCompatibleBuildCheck_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betarecruitmentcriterioncompatiblebuildcheck
        """
        return self._call(
            "beta_groups.beta_groups_beta_recruitment_criterion_compatible_build_check_get_to_one_related",
            locals(),
        )

    def get_beta_recruitment_criterion_compatible_build_check_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/relationships/betaRecruitmentCriterionCompatibleBuildCheck`` (betaGroups_betaRecruitmentCriterionCompatibleBuildCheck_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betarecruitmentcriterioncompatiblebuildcheck
        """
        return self._call(
            "beta_groups.beta_groups_beta_recruitment_criterion_compatible_build_check_get_to_one_relationship",
            locals(),
        )

    def get_beta_tester_usages_metrics(
        self,
        id: str,
        /,
        *,
        period: str | None = None,
        group_by: str | Sequence[str] | None = None,
        filter_beta_testers: str | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppsBetaTesterUsagesV1MetricResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/metrics/betaTesterUsages`` (betaGroups_betaTesterUsages_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-metrics-betatesterusages
        """
        return self._call("beta_groups.beta_groups_beta_tester_usages_get_metrics", locals())

    def get_public_link_usages_metrics(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaPublicLinkUsagesV1MetricResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/metrics/publicLinkUsages`` (betaGroups_publicLinkUsages_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-metrics-publiclinkusages
        """
        return self._call("beta_groups.beta_groups_public_link_usages_get_metrics", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_is_internal_group: str | Sequence[str] | None = None,
        filter_public_link_enabled: str | Sequence[str] | None = None,
        filter_public_link_limit_enabled: str | Sequence[str] | None = None,
        filter_public_link: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_recruitment_criteria: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_testers: int | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaGroup]:
        """Every BetaGroup across pages, with the pagination guards.

        ``GET /v1/betaGroups`` (betaGroups_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups
        """
        return self._paginate("beta_groups.beta_groups_get_collection", locals())

    def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_is_internal_group: str | Sequence[str] | None = None,
        filter_public_link_enabled: str | Sequence[str] | None = None,
        filter_public_link_limit_enabled: str | Sequence[str] | None = None,
        filter_public_link: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_recruitment_criteria: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_testers: int | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> BetaGroupsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaGroups`` (betaGroups_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups
        """
        return self._call("beta_groups.beta_groups_get_collection", locals())

    def list_beta_testers(
        self,
        id: str,
        /,
        *,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaTester]:
        """Every BetaTester across pages, with the pagination guards.

        ``GET /v1/betaGroups/{id}/betaTesters`` (betaGroups_betaTesters_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betatesters
        """
        return self._paginate("beta_groups.beta_groups_beta_testers_get_to_many_related", locals())

    def list_beta_testers_page(
        self,
        id: str,
        /,
        *,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTestersWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaGroups/{id}/betaTesters`` (betaGroups_betaTesters_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betatesters
        """
        return self._call("beta_groups.beta_groups_beta_testers_get_to_many_related", locals())

    def list_beta_testers_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaGroupBetaTestersLinkagesResponseDataItem]:
        """Every BetaGroupBetaTestersLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/betaGroups/{id}/relationships/betaTesters`` (betaGroups_betaTesters_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betatesters
        """
        return self._paginate("beta_groups.beta_groups_beta_testers_get_to_many_relationship", locals())

    def list_beta_testers_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaGroupBetaTestersLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaGroups/{id}/relationships/betaTesters`` (betaGroups_betaTesters_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betatesters
        """
        return self._call("beta_groups.beta_groups_beta_testers_get_to_many_relationship", locals())

    def list_builds(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Build]:
        """Every Build across pages, with the pagination guards.

        ``GET /v1/betaGroups/{id}/builds`` (betaGroups_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-builds
        """
        return self._paginate("beta_groups.beta_groups_builds_get_to_many_related", locals())

    def list_builds_page(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaGroups/{id}/builds`` (betaGroups_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-builds
        """
        return self._call("beta_groups.beta_groups_builds_get_to_many_related", locals())

    def list_builds_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaGroupBuildsLinkagesResponseDataItem]:
        """Every BetaGroupBuildsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/betaGroups/{id}/relationships/builds`` (betaGroups_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-builds
        """
        return self._paginate("beta_groups.beta_groups_builds_get_to_many_relationship", locals())

    def list_builds_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaGroupBuildsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaGroups/{id}/relationships/builds`` (betaGroups_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-builds
        """
        return self._call("beta_groups.beta_groups_builds_get_to_many_relationship", locals())

    def remove_beta_testers(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/betaGroups/{id}/relationships/betaTesters`` (betaGroups_betaTesters_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betagroups-_id_-relationships-betatesters
        """
        return self._link_many(
            "beta_groups.beta_groups_beta_testers_delete_to_many_relationship", locals(), "betaTesters"
        )

    def remove_builds(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/betaGroups/{id}/relationships/builds`` (betaGroups_builds_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betagroups-_id_-relationships-builds
        """
        return self._link_many(
            "beta_groups.beta_groups_builds_delete_to_many_relationship", locals(), "builds"
        )

    def update(
        self,
        id: str,
        /,
        body: BetaGroupUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        public_link_enabled: bool | None | Unset = UNSET,
        public_link_limit_enabled: bool | None | Unset = UNSET,
        public_link_limit: int | None | Unset = UNSET,
        feedback_enabled: bool | None | Unset = UNSET,
        ios_builds_available_for_apple_silicon_mac: bool | None | Unset = UNSET,
        ios_builds_available_for_apple_vision: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaGroupResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaGroups/{id}`` (betaGroups_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betagroups-_id_
        """
        return self._write("beta_groups.beta_groups_update_instance", locals(), _UPDATE_BODY)


class AsyncBetaGroups(AsyncResource):
    """`asc.beta_groups` (async)."""

    async def add_beta_testers(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/betaGroups/{id}/relationships/betaTesters`` (betaGroups_betaTesters_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betagroups-_id_-relationships-betatesters
        """
        return await self._link_many(
            "beta_groups.beta_groups_beta_testers_create_to_many_relationship", locals(), "betaTesters"
        )

    async def add_builds(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/betaGroups/{id}/relationships/builds`` (betaGroups_builds_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betagroups-_id_-relationships-builds
        """
        return await self._link_many(
            "beta_groups.beta_groups_builds_create_to_many_relationship", locals(), "builds"
        )

    async def create(
        self,
        /,
        body: BetaGroupCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        is_internal_group: bool | None | Unset = UNSET,
        has_access_to_all_builds: bool | None | Unset = UNSET,
        public_link_enabled: bool | None | Unset = UNSET,
        public_link_limit_enabled: bool | None | Unset = UNSET,
        public_link_limit: int | None | Unset = UNSET,
        feedback_enabled: bool | None | Unset = UNSET,
        app: str | Unset = UNSET,
        builds: str | Sequence[str] | None | Unset = UNSET,
        beta_testers: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaGroupResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaGroups`` (betaGroups_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betagroups
        """
        return await self._write("beta_groups.beta_groups_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaGroups/{id}`` (betaGroups_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betagroups-_id_
        """
        return await self._call("beta_groups.beta_groups_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_recruitment_criteria: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_testers: int | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> BetaGroupResponse:
        """One request.

        ``GET /v1/betaGroups/{id}`` (betaGroups_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_
        """
        return await self._call("beta_groups.beta_groups_get_instance", locals())

    async def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/app`` (betaGroups_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-app
        """
        return await self._call("beta_groups.beta_groups_app_get_to_one_related", locals())

    async def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaGroupAppLinkageResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/relationships/app`` (betaGroups_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-app
        """
        return await self._call("beta_groups.beta_groups_app_get_to_one_relationship", locals())

    async def get_beta_recruitment_criteria(
        self,
        id: str,
        /,
        *,
        fields_beta_recruitment_criteria: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaRecruitmentCriterionResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/betaRecruitmentCriteria`` (betaGroups_betaRecruitmentCriteria_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betarecruitmentcriteria
        """
        return await self._call(
            "beta_groups.beta_groups_beta_recruitment_criteria_get_to_one_related", locals()
        )

    async def get_beta_recruitment_criteria_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaGroupBetaRecruitmentCriteriaLinkageResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/relationships/betaRecruitmentCriteria`` (betaGroups_betaRecruitmentCriteria_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betarecruitmentcriteria
        """
        return await self._call(
            "beta_groups.beta_groups_beta_recruitment_criteria_get_to_one_relationship", locals()
        )

    async def get_beta_recruitment_criterion_compatible_build_check(
        self,
        id: str,
        /,
        *,
        fields_beta_recruitment_criterion_compatible_build_checks: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaRecruitmentCriterionCompatibleBuildCheckResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/betaRecruitmentCriterionCompatibleBuildCheck`` (betaGroups_betaRecruitmentCriterionCompatibleBuildCheck_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betarecruitmentcriterioncompatiblebuildcheck
        """
        return await self._call(
            "beta_groups.beta_groups_beta_recruitment_criterion_compatible_build_check_get_to_one_related",
            locals(),
        )

    async def get_beta_recruitment_criterion_compatible_build_check_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/relationships/betaRecruitmentCriterionCompatibleBuildCheck`` (betaGroups_betaRecruitmentCriterionCompatibleBuildCheck_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betarecruitmentcriterioncompatiblebuildcheck
        """
        return await self._call(
            "beta_groups.beta_groups_beta_recruitment_criterion_compatible_build_check_get_to_one_relationship",
            locals(),
        )

    async def get_beta_tester_usages_metrics(
        self,
        id: str,
        /,
        *,
        period: str | None = None,
        group_by: str | Sequence[str] | None = None,
        filter_beta_testers: str | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppsBetaTesterUsagesV1MetricResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/metrics/betaTesterUsages`` (betaGroups_betaTesterUsages_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-metrics-betatesterusages
        """
        return await self._call("beta_groups.beta_groups_beta_tester_usages_get_metrics", locals())

    async def get_public_link_usages_metrics(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaPublicLinkUsagesV1MetricResponse:
        """One request.

        ``GET /v1/betaGroups/{id}/metrics/publicLinkUsages`` (betaGroups_publicLinkUsages_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-metrics-publiclinkusages
        """
        return await self._call("beta_groups.beta_groups_public_link_usages_get_metrics", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_is_internal_group: str | Sequence[str] | None = None,
        filter_public_link_enabled: str | Sequence[str] | None = None,
        filter_public_link_limit_enabled: str | Sequence[str] | None = None,
        filter_public_link: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_recruitment_criteria: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_testers: int | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaGroup]:
        """Every BetaGroup across pages, with the pagination guards.

        ``GET /v1/betaGroups`` (betaGroups_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups
        """
        return self._paginate("beta_groups.beta_groups_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_is_internal_group: str | Sequence[str] | None = None,
        filter_public_link_enabled: str | Sequence[str] | None = None,
        filter_public_link_limit_enabled: str | Sequence[str] | None = None,
        filter_public_link: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_recruitment_criteria: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_testers: int | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> BetaGroupsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaGroups`` (betaGroups_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups
        """
        return await self._call("beta_groups.beta_groups_get_collection", locals())

    def list_beta_testers(
        self,
        id: str,
        /,
        *,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaTester]:
        """Every BetaTester across pages, with the pagination guards.

        ``GET /v1/betaGroups/{id}/betaTesters`` (betaGroups_betaTesters_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betatesters
        """
        return self._paginate("beta_groups.beta_groups_beta_testers_get_to_many_related", locals())

    async def list_beta_testers_page(
        self,
        id: str,
        /,
        *,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTestersWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaGroups/{id}/betaTesters`` (betaGroups_betaTesters_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betatesters
        """
        return await self._call("beta_groups.beta_groups_beta_testers_get_to_many_related", locals())

    def list_beta_testers_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaGroupBetaTestersLinkagesResponseDataItem]:
        """Every BetaGroupBetaTestersLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/betaGroups/{id}/relationships/betaTesters`` (betaGroups_betaTesters_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betatesters
        """
        return self._paginate("beta_groups.beta_groups_beta_testers_get_to_many_relationship", locals())

    async def list_beta_testers_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaGroupBetaTestersLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaGroups/{id}/relationships/betaTesters`` (betaGroups_betaTesters_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betatesters
        """
        return await self._call("beta_groups.beta_groups_beta_testers_get_to_many_relationship", locals())

    def list_builds(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Build]:
        """Every Build across pages, with the pagination guards.

        ``GET /v1/betaGroups/{id}/builds`` (betaGroups_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-builds
        """
        return self._paginate("beta_groups.beta_groups_builds_get_to_many_related", locals())

    async def list_builds_page(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaGroups/{id}/builds`` (betaGroups_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-builds
        """
        return await self._call("beta_groups.beta_groups_builds_get_to_many_related", locals())

    def list_builds_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaGroupBuildsLinkagesResponseDataItem]:
        """Every BetaGroupBuildsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/betaGroups/{id}/relationships/builds`` (betaGroups_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-builds
        """
        return self._paginate("beta_groups.beta_groups_builds_get_to_many_relationship", locals())

    async def list_builds_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaGroupBuildsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaGroups/{id}/relationships/builds`` (betaGroups_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-builds
        """
        return await self._call("beta_groups.beta_groups_builds_get_to_many_relationship", locals())

    async def remove_beta_testers(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/betaGroups/{id}/relationships/betaTesters`` (betaGroups_betaTesters_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betagroups-_id_-relationships-betatesters
        """
        return await self._link_many(
            "beta_groups.beta_groups_beta_testers_delete_to_many_relationship", locals(), "betaTesters"
        )

    async def remove_builds(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/betaGroups/{id}/relationships/builds`` (betaGroups_builds_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betagroups-_id_-relationships-builds
        """
        return await self._link_many(
            "beta_groups.beta_groups_builds_delete_to_many_relationship", locals(), "builds"
        )

    async def update(
        self,
        id: str,
        /,
        body: BetaGroupUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        public_link_enabled: bool | None | Unset = UNSET,
        public_link_limit_enabled: bool | None | Unset = UNSET,
        public_link_limit: int | None | Unset = UNSET,
        feedback_enabled: bool | None | Unset = UNSET,
        ios_builds_available_for_apple_silicon_mac: bool | None | Unset = UNSET,
        ios_builds_available_for_apple_vision: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaGroupResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaGroups/{id}`` (betaGroups_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betagroups-_id_
        """
        return await self._write("beta_groups.beta_groups_update_instance", locals(), _UPDATE_BODY)
