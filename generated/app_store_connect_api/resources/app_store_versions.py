"""`asc.app_store_versions`: the operations on app_store_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.alternative_distribution_package_response import AlternativeDistributionPackageResponse
    from ..models.app_clip_default_experience_response import AppClipDefaultExperienceResponse
    from ..models.app_store_review_detail_response import AppStoreReviewDetailResponse
    from ..models.app_store_version_alternative_distribution_package_linkage_response import (
        AppStoreVersionAlternativeDistributionPackageLinkageResponse,
    )
    from ..models.app_store_version_app_clip_default_experience_linkage_response import (
        AppStoreVersionAppClipDefaultExperienceLinkageResponse,
    )
    from ..models.app_store_version_app_store_review_detail_linkage_response import (
        AppStoreVersionAppStoreReviewDetailLinkageResponse,
    )
    from ..models.app_store_version_app_store_version_experiments_linkages_response import (
        AppStoreVersionAppStoreVersionExperimentsLinkagesResponse,
    )
    from ..models.app_store_version_app_store_version_experiments_linkages_response_data_item import (
        AppStoreVersionAppStoreVersionExperimentsLinkagesResponseDataItem,
    )
    from ..models.app_store_version_app_store_version_experiments_v2_linkages_response import (
        AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponse,
    )
    from ..models.app_store_version_app_store_version_experiments_v2_linkages_response_data_item import (
        AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponseDataItem,
    )
    from ..models.app_store_version_app_store_version_localizations_linkages_response import (
        AppStoreVersionAppStoreVersionLocalizationsLinkagesResponse,
    )
    from ..models.app_store_version_app_store_version_localizations_linkages_response_data_item import (
        AppStoreVersionAppStoreVersionLocalizationsLinkagesResponseDataItem,
    )
    from ..models.app_store_version_app_store_version_phased_release_linkage_response import (
        AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponse,
    )
    from ..models.app_store_version_app_store_version_submission_linkage_response import (
        AppStoreVersionAppStoreVersionSubmissionLinkageResponse,
    )
    from ..models.app_store_version_build_linkage_response import AppStoreVersionBuildLinkageResponse
    from ..models.app_store_version_create_request import AppStoreVersionCreateRequest
    from ..models.app_store_version_customer_reviews_linkages_response import (
        AppStoreVersionCustomerReviewsLinkagesResponse,
    )
    from ..models.app_store_version_customer_reviews_linkages_response_data_item import (
        AppStoreVersionCustomerReviewsLinkagesResponseDataItem,
    )
    from ..models.app_store_version_experiment import AppStoreVersionExperiment
    from ..models.app_store_version_experiment_v2 import AppStoreVersionExperimentV2
    from ..models.app_store_version_experiments_response import AppStoreVersionExperimentsResponse
    from ..models.app_store_version_experiments_v2_response import AppStoreVersionExperimentsV2Response
    from ..models.app_store_version_game_center_app_version_linkage_response import (
        AppStoreVersionGameCenterAppVersionLinkageResponse,
    )
    from ..models.app_store_version_localization import AppStoreVersionLocalization
    from ..models.app_store_version_localizations_response import AppStoreVersionLocalizationsResponse
    from ..models.app_store_version_phased_release_without_includes_response import (
        AppStoreVersionPhasedReleaseWithoutIncludesResponse,
    )
    from ..models.app_store_version_response import AppStoreVersionResponse
    from ..models.app_store_version_routing_app_coverage_linkage_response import (
        AppStoreVersionRoutingAppCoverageLinkageResponse,
    )
    from ..models.app_store_version_submission_response import AppStoreVersionSubmissionResponse
    from ..models.app_store_version_update_request import AppStoreVersionUpdateRequest
    from ..models.build_without_includes_response import BuildWithoutIncludesResponse
    from ..models.customer_review import CustomerReview
    from ..models.customer_reviews_response import CustomerReviewsResponse
    from ..models.game_center_app_version_response import GameCenterAppVersionResponse
    from ..models.routing_app_coverage_response import RoutingAppCoverageResponse

__all__ = ["AppStoreVersions", "AsyncAppStoreVersions"]

_CREATE_BODY = Body(
    "appStoreVersions",
    {
        "platform": ("platform", "string", True),
        "version_string": ("versionString", "string", True),
        "copyright_": ("copyright", "string", False),
        "review_type": ("reviewType", "string", False),
        "release_type": ("releaseType", "string", False),
        "earliest_release_date": ("earliestReleaseDate", "string", False),
        "uses_idfa": ("usesIdfa", "boolean", False),
    },
    {
        "app": ("app", "apps", False, True),
        "app_store_version_localizations": (
            "appStoreVersionLocalizations",
            "appStoreVersionLocalizations",
            True,
            False,
        ),
        "build": ("build", "builds", False, False),
    },
)
_UPDATE_BODY = Body(
    "appStoreVersions",
    {
        "version_string": ("versionString", "string", False),
        "copyright_": ("copyright", "string", False),
        "review_type": ("reviewType", "string", False),
        "release_type": ("releaseType", "string", False),
        "earliest_release_date": ("earliestReleaseDate", "string", False),
        "uses_idfa": ("usesIdfa", "boolean", False),
        "downloadable": ("downloadable", "boolean", False),
    },
    {
        "build": ("build", "builds", False, False),
        "app_clip_default_experience": (
            "appClipDefaultExperience",
            "appClipDefaultExperiences",
            False,
            False,
        ),
    },
)


class AppStoreVersions(SyncResource):
    """`asc.app_store_versions`."""

    def create(
        self,
        /,
        body: AppStoreVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        platform: str | Unset = UNSET,
        version_string: str | Unset = UNSET,
        copyright_: str | None | Unset = UNSET,
        review_type: str | None | Unset = UNSET,
        release_type: str | None | Unset = UNSET,
        earliest_release_date: str | date | None | Unset = UNSET,
        uses_idfa: bool | None | Unset = UNSET,
        app: str | Unset = UNSET,
        app_store_version_localizations: str | Sequence[str] | None | Unset = UNSET,
        build: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersions`` (appStoreVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversions
        """
        return self._write("app_store_versions.app_store_versions_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appStoreVersions/{id}`` (appStoreVersions_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversions-_id_
        """
        return self._call("app_store_versions.app_store_versions_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_store_version_phased_releases: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_version_submissions: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_version_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}`` (appStoreVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_
        """
        return self._call("app_store_versions.app_store_versions_get_instance", locals())

    def get_alternative_distribution_package(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/alternativeDistributionPackage`` (appStoreVersions_alternativeDistributionPackage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-alternativedistributionpackage
        """
        return self._call(
            "app_store_versions.app_store_versions_alternative_distribution_package_get_to_one_related",
            locals(),
        )

    def get_alternative_distribution_package_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionAlternativeDistributionPackageLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/alternativeDistributionPackage`` (appStoreVersions_alternativeDistributionPackage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-alternativedistributionpackage
        """
        return self._call(
            "app_store_versions.app_store_versions_alternative_distribution_package_get_to_one_relationship",
            locals(),
        )

    def get_app_clip_default_experience(
        self,
        id: str,
        /,
        *,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_app_store_review_details: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/appClipDefaultExperience`` (appStoreVersions_appClipDefaultExperience_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appclipdefaultexperience
        """
        return self._call(
            "app_store_versions.app_store_versions_app_clip_default_experience_get_to_one_related", locals()
        )

    def get_app_clip_default_experience_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppClipDefaultExperienceLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/appClipDefaultExperience`` (appStoreVersions_appClipDefaultExperience_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appclipdefaultexperience
        """
        return self._call(
            "app_store_versions.app_store_versions_app_clip_default_experience_get_to_one_relationship",
            locals(),
        )

    def get_app_store_review_detail(
        self,
        id: str,
        /,
        *,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_review_attachments: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_review_attachments: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreReviewDetailResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/appStoreReviewDetail`` (appStoreVersions_appStoreReviewDetail_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstorereviewdetail
        """
        return self._call(
            "app_store_versions.app_store_versions_app_store_review_detail_get_to_one_related", locals()
        )

    def get_app_store_review_detail_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppStoreReviewDetailLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreReviewDetail`` (appStoreVersions_appStoreReviewDetail_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstorereviewdetail
        """
        return self._call(
            "app_store_versions.app_store_versions_app_store_review_detail_get_to_one_relationship", locals()
        )

    def get_app_store_version_phased_release(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_phased_releases: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionPhasedReleaseWithoutIncludesResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/appStoreVersionPhasedRelease`` (appStoreVersions_appStoreVersionPhasedRelease_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionphasedrelease
        """
        return self._call(
            "app_store_versions.app_store_versions_app_store_version_phased_release_get_to_one_related",
            locals(),
        )

    def get_app_store_version_phased_release_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionPhasedRelease`` (appStoreVersions_appStoreVersionPhasedRelease_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionphasedrelease
        """
        return self._call(
            "app_store_versions.app_store_versions_app_store_version_phased_release_get_to_one_relationship",
            locals(),
        )

    def get_app_store_version_submission(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_submissions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionSubmissionResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/appStoreVersionSubmission`` (appStoreVersions_appStoreVersionSubmission_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionsubmission
        """
        return self._call(
            "app_store_versions.app_store_versions_app_store_version_submission_get_to_one_related", locals()
        )

    def get_app_store_version_submission_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppStoreVersionSubmissionLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionSubmission`` (appStoreVersions_appStoreVersionSubmission_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionsubmission
        """
        return self._call(
            "app_store_versions.app_store_versions_app_store_version_submission_get_to_one_relationship",
            locals(),
        )

    def get_build(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildWithoutIncludesResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/build`` (appStoreVersions_build_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-build
        """
        return self._call("app_store_versions.app_store_versions_build_get_to_one_related", locals())

    def get_build_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionBuildLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/build`` (appStoreVersions_build_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-build
        """
        return self._call("app_store_versions.app_store_versions_build_get_to_one_relationship", locals())

    def get_game_center_app_version(
        self,
        id: str,
        /,
        *,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatibility_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/gameCenterAppVersion`` (appStoreVersions_gameCenterAppVersion_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-gamecenterappversion
        """
        return self._call(
            "app_store_versions.app_store_versions_game_center_app_version_get_to_one_related", locals()
        )

    def get_game_center_app_version_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionGameCenterAppVersionLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/gameCenterAppVersion`` (appStoreVersions_gameCenterAppVersion_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-gamecenterappversion
        """
        return self._call(
            "app_store_versions.app_store_versions_game_center_app_version_get_to_one_relationship", locals()
        )

    def get_routing_app_coverage(
        self,
        id: str,
        /,
        *,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> RoutingAppCoverageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/routingAppCoverage`` (appStoreVersions_routingAppCoverage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-routingappcoverage
        """
        return self._call(
            "app_store_versions.app_store_versions_routing_app_coverage_get_to_one_related", locals()
        )

    def get_routing_app_coverage_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionRoutingAppCoverageLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/routingAppCoverage`` (appStoreVersions_routingAppCoverage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-routingappcoverage
        """
        return self._call(
            "app_store_versions.app_store_versions_routing_app_coverage_get_to_one_relationship", locals()
        )

    def list_app_store_version_experiments(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreVersionExperiment]:
        """Every AppStoreVersionExperiment across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/appStoreVersionExperiments`` (appStoreVersions_appStoreVersionExperiments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperiments
        """
        return self._paginate(
            "app_store_versions.app_store_versions_app_store_version_experiments_get_to_many_related",
            locals(),
        )

    def list_app_store_version_experiments_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/appStoreVersionExperiments`` (appStoreVersions_appStoreVersionExperiments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperiments
        """
        return self._call(
            "app_store_versions.app_store_versions_app_store_version_experiments_get_to_many_related",
            locals(),
        )

    def list_app_store_version_experiments_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreVersionAppStoreVersionExperimentsLinkagesResponseDataItem]:
        """Every AppStoreVersionAppStoreVersionExperimentsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionExperiments`` (appStoreVersions_appStoreVersionExperiments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionexperiments
        """
        return self._paginate(
            "app_store_versions.app_store_versions_app_store_version_experiments_get_to_many_relationship",
            locals(),
        )

    def list_app_store_version_experiments_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppStoreVersionExperimentsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionExperiments`` (appStoreVersions_appStoreVersionExperiments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionexperiments
        """
        return self._call(
            "app_store_versions.app_store_versions_app_store_version_experiments_get_to_many_relationship",
            locals(),
        )

    def list_app_store_version_experiments_v2(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_control_versions: int | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreVersionExperimentV2]:
        """Every AppStoreVersionExperimentV2 across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/appStoreVersionExperimentsV2`` (appStoreVersions_appStoreVersionExperimentsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperimentsv2
        """
        return self._paginate(
            "app_store_versions.app_store_versions_app_store_version_experiments_v2_get_to_many_related",
            locals(),
        )

    def list_app_store_version_experiments_v2_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_control_versions: int | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/appStoreVersionExperimentsV2`` (appStoreVersions_appStoreVersionExperimentsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperimentsv2
        """
        return self._call(
            "app_store_versions.app_store_versions_app_store_version_experiments_v2_get_to_many_related",
            locals(),
        )

    def list_app_store_version_experiments_v2_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponseDataItem]:
        """Every AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionExperimentsV2`` (appStoreVersions_appStoreVersionExperimentsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionexperimentsv2
        """
        return self._paginate(
            "app_store_versions.app_store_versions_app_store_version_experiments_v2_get_to_many_relationship",
            locals(),
        )

    def list_app_store_version_experiments_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionExperimentsV2`` (appStoreVersions_appStoreVersionExperimentsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionexperimentsv2
        """
        return self._call(
            "app_store_versions.app_store_versions_app_store_version_experiments_v2_get_to_many_relationship",
            locals(),
        )

    def list_app_store_version_localizations(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        limit_search_keywords: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreVersionLocalization]:
        """Every AppStoreVersionLocalization across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/appStoreVersionLocalizations`` (appStoreVersions_appStoreVersionLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionlocalizations
        """
        return self._paginate(
            "app_store_versions.app_store_versions_app_store_version_localizations_get_to_many_related",
            locals(),
        )

    def list_app_store_version_localizations_page(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        limit_search_keywords: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/appStoreVersionLocalizations`` (appStoreVersions_appStoreVersionLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionlocalizations
        """
        return self._call(
            "app_store_versions.app_store_versions_app_store_version_localizations_get_to_many_related",
            locals(),
        )

    def list_app_store_version_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreVersionAppStoreVersionLocalizationsLinkagesResponseDataItem]:
        """Every AppStoreVersionAppStoreVersionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionLocalizations`` (appStoreVersions_appStoreVersionLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionlocalizations
        """
        return self._paginate(
            "app_store_versions.app_store_versions_app_store_version_localizations_get_to_many_relationship",
            locals(),
        )

    def list_app_store_version_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppStoreVersionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionLocalizations`` (appStoreVersions_appStoreVersionLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionlocalizations
        """
        return self._call(
            "app_store_versions.app_store_versions_app_store_version_localizations_get_to_many_relationship",
            locals(),
        )

    def list_customer_reviews(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_rating: str | Sequence[str] | None = None,
        filter_review_territory: str | Sequence[str] | None = None,
        exists_published_response: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_customer_reviews: str | Sequence[str] | None = None,
        fields_customer_review_responses: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CustomerReview]:
        """Every CustomerReview across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/customerReviews`` (appStoreVersions_customerReviews_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-customerreviews
        """
        return self._paginate(
            "app_store_versions.app_store_versions_customer_reviews_get_to_many_related", locals()
        )

    def list_customer_reviews_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_rating: str | Sequence[str] | None = None,
        filter_review_territory: str | Sequence[str] | None = None,
        exists_published_response: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_customer_reviews: str | Sequence[str] | None = None,
        fields_customer_review_responses: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CustomerReviewsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/customerReviews`` (appStoreVersions_customerReviews_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-customerreviews
        """
        return self._call(
            "app_store_versions.app_store_versions_customer_reviews_get_to_many_related", locals()
        )

    def list_customer_reviews_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreVersionCustomerReviewsLinkagesResponseDataItem]:
        """Every AppStoreVersionCustomerReviewsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/relationships/customerReviews`` (appStoreVersions_customerReviews_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-customerreviews
        """
        return self._paginate(
            "app_store_versions.app_store_versions_customer_reviews_get_to_many_relationship", locals()
        )

    def list_customer_reviews_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionCustomerReviewsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/relationships/customerReviews`` (appStoreVersions_customerReviews_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-customerreviews
        """
        return self._call(
            "app_store_versions.app_store_versions_customer_reviews_get_to_many_relationship", locals()
        )

    def set_app_clip_default_experience(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/appStoreVersions/{id}/relationships/appClipDefaultExperience`` (appStoreVersions_appClipDefaultExperience_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversions-_id_-relationships-appclipdefaultexperience
        """
        return self._link_one(
            "app_store_versions.app_store_versions_app_clip_default_experience_update_to_one_relationship",
            locals(),
            "appClipDefaultExperiences",
        )

    def set_build(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/appStoreVersions/{id}/relationships/build`` (appStoreVersions_build_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversions-_id_-relationships-build
        """
        return self._link_one(
            "app_store_versions.app_store_versions_build_update_to_one_relationship", locals(), "builds"
        )

    def update(
        self,
        id: str,
        /,
        body: AppStoreVersionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        version_string: str | None | Unset = UNSET,
        copyright_: str | None | Unset = UNSET,
        review_type: str | None | Unset = UNSET,
        release_type: str | None | Unset = UNSET,
        earliest_release_date: str | date | None | Unset = UNSET,
        uses_idfa: bool | None | Unset = UNSET,
        downloadable: bool | None | Unset = UNSET,
        build: str | None | Unset = UNSET,
        app_clip_default_experience: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appStoreVersions/{id}`` (appStoreVersions_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversions-_id_
        """
        return self._write("app_store_versions.app_store_versions_update_instance", locals(), _UPDATE_BODY)


class AsyncAppStoreVersions(AsyncResource):
    """`asc.app_store_versions` (async)."""

    async def create(
        self,
        /,
        body: AppStoreVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        platform: str | Unset = UNSET,
        version_string: str | Unset = UNSET,
        copyright_: str | None | Unset = UNSET,
        review_type: str | None | Unset = UNSET,
        release_type: str | None | Unset = UNSET,
        earliest_release_date: str | date | None | Unset = UNSET,
        uses_idfa: bool | None | Unset = UNSET,
        app: str | Unset = UNSET,
        app_store_version_localizations: str | Sequence[str] | None | Unset = UNSET,
        build: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersions`` (appStoreVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversions
        """
        return await self._write(
            "app_store_versions.app_store_versions_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appStoreVersions/{id}`` (appStoreVersions_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversions-_id_
        """
        return await self._call("app_store_versions.app_store_versions_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_store_version_phased_releases: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_version_submissions: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_version_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}`` (appStoreVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_
        """
        return await self._call("app_store_versions.app_store_versions_get_instance", locals())

    async def get_alternative_distribution_package(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        fields_alternative_distribution_package_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionPackageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/alternativeDistributionPackage`` (appStoreVersions_alternativeDistributionPackage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-alternativedistributionpackage
        """
        return await self._call(
            "app_store_versions.app_store_versions_alternative_distribution_package_get_to_one_related",
            locals(),
        )

    async def get_alternative_distribution_package_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionAlternativeDistributionPackageLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/alternativeDistributionPackage`` (appStoreVersions_alternativeDistributionPackage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-alternativedistributionpackage
        """
        return await self._call(
            "app_store_versions.app_store_versions_alternative_distribution_package_get_to_one_relationship",
            locals(),
        )

    async def get_app_clip_default_experience(
        self,
        id: str,
        /,
        *,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_app_store_review_details: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/appClipDefaultExperience`` (appStoreVersions_appClipDefaultExperience_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appclipdefaultexperience
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_clip_default_experience_get_to_one_related", locals()
        )

    async def get_app_clip_default_experience_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppClipDefaultExperienceLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/appClipDefaultExperience`` (appStoreVersions_appClipDefaultExperience_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appclipdefaultexperience
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_clip_default_experience_get_to_one_relationship",
            locals(),
        )

    async def get_app_store_review_detail(
        self,
        id: str,
        /,
        *,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_review_attachments: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_review_attachments: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreReviewDetailResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/appStoreReviewDetail`` (appStoreVersions_appStoreReviewDetail_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstorereviewdetail
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_store_review_detail_get_to_one_related", locals()
        )

    async def get_app_store_review_detail_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppStoreReviewDetailLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreReviewDetail`` (appStoreVersions_appStoreReviewDetail_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstorereviewdetail
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_store_review_detail_get_to_one_relationship", locals()
        )

    async def get_app_store_version_phased_release(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_phased_releases: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionPhasedReleaseWithoutIncludesResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/appStoreVersionPhasedRelease`` (appStoreVersions_appStoreVersionPhasedRelease_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionphasedrelease
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_store_version_phased_release_get_to_one_related",
            locals(),
        )

    async def get_app_store_version_phased_release_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionPhasedRelease`` (appStoreVersions_appStoreVersionPhasedRelease_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionphasedrelease
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_store_version_phased_release_get_to_one_relationship",
            locals(),
        )

    async def get_app_store_version_submission(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_submissions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionSubmissionResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/appStoreVersionSubmission`` (appStoreVersions_appStoreVersionSubmission_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionsubmission
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_store_version_submission_get_to_one_related", locals()
        )

    async def get_app_store_version_submission_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppStoreVersionSubmissionLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionSubmission`` (appStoreVersions_appStoreVersionSubmission_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionsubmission
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_store_version_submission_get_to_one_relationship",
            locals(),
        )

    async def get_build(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildWithoutIncludesResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/build`` (appStoreVersions_build_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-build
        """
        return await self._call("app_store_versions.app_store_versions_build_get_to_one_related", locals())

    async def get_build_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionBuildLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/build`` (appStoreVersions_build_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-build
        """
        return await self._call(
            "app_store_versions.app_store_versions_build_get_to_one_relationship", locals()
        )

    async def get_game_center_app_version(
        self,
        id: str,
        /,
        *,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatibility_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/gameCenterAppVersion`` (appStoreVersions_gameCenterAppVersion_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-gamecenterappversion
        """
        return await self._call(
            "app_store_versions.app_store_versions_game_center_app_version_get_to_one_related", locals()
        )

    async def get_game_center_app_version_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionGameCenterAppVersionLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/gameCenterAppVersion`` (appStoreVersions_gameCenterAppVersion_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-gamecenterappversion
        """
        return await self._call(
            "app_store_versions.app_store_versions_game_center_app_version_get_to_one_relationship", locals()
        )

    async def get_routing_app_coverage(
        self,
        id: str,
        /,
        *,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> RoutingAppCoverageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/routingAppCoverage`` (appStoreVersions_routingAppCoverage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-routingappcoverage
        """
        return await self._call(
            "app_store_versions.app_store_versions_routing_app_coverage_get_to_one_related", locals()
        )

    async def get_routing_app_coverage_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppStoreVersionRoutingAppCoverageLinkageResponse:
        """One request.

        ``GET /v1/appStoreVersions/{id}/relationships/routingAppCoverage`` (appStoreVersions_routingAppCoverage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-routingappcoverage
        """
        return await self._call(
            "app_store_versions.app_store_versions_routing_app_coverage_get_to_one_relationship", locals()
        )

    def list_app_store_version_experiments(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreVersionExperiment]:
        """Every AppStoreVersionExperiment across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/appStoreVersionExperiments`` (appStoreVersions_appStoreVersionExperiments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperiments
        """
        return self._paginate(
            "app_store_versions.app_store_versions_app_store_version_experiments_get_to_many_related",
            locals(),
        )

    async def list_app_store_version_experiments_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/appStoreVersionExperiments`` (appStoreVersions_appStoreVersionExperiments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperiments
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_store_version_experiments_get_to_many_related",
            locals(),
        )

    def list_app_store_version_experiments_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreVersionAppStoreVersionExperimentsLinkagesResponseDataItem]:
        """Every AppStoreVersionAppStoreVersionExperimentsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionExperiments`` (appStoreVersions_appStoreVersionExperiments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionexperiments
        """
        return self._paginate(
            "app_store_versions.app_store_versions_app_store_version_experiments_get_to_many_relationship",
            locals(),
        )

    async def list_app_store_version_experiments_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppStoreVersionExperimentsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionExperiments`` (appStoreVersions_appStoreVersionExperiments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionexperiments
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_store_version_experiments_get_to_many_relationship",
            locals(),
        )

    def list_app_store_version_experiments_v2(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_control_versions: int | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreVersionExperimentV2]:
        """Every AppStoreVersionExperimentV2 across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/appStoreVersionExperimentsV2`` (appStoreVersions_appStoreVersionExperimentsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperimentsv2
        """
        return self._paginate(
            "app_store_versions.app_store_versions_app_store_version_experiments_v2_get_to_many_related",
            locals(),
        )

    async def list_app_store_version_experiments_v2_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_control_versions: int | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/appStoreVersionExperimentsV2`` (appStoreVersions_appStoreVersionExperimentsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperimentsv2
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_store_version_experiments_v2_get_to_many_related",
            locals(),
        )

    def list_app_store_version_experiments_v2_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponseDataItem]:
        """Every AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionExperimentsV2`` (appStoreVersions_appStoreVersionExperimentsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionexperimentsv2
        """
        return self._paginate(
            "app_store_versions.app_store_versions_app_store_version_experiments_v2_get_to_many_relationship",
            locals(),
        )

    async def list_app_store_version_experiments_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionExperimentsV2`` (appStoreVersions_appStoreVersionExperimentsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionexperimentsv2
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_store_version_experiments_v2_get_to_many_relationship",
            locals(),
        )

    def list_app_store_version_localizations(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        limit_search_keywords: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreVersionLocalization]:
        """Every AppStoreVersionLocalization across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/appStoreVersionLocalizations`` (appStoreVersions_appStoreVersionLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionlocalizations
        """
        return self._paginate(
            "app_store_versions.app_store_versions_app_store_version_localizations_get_to_many_related",
            locals(),
        )

    async def list_app_store_version_localizations_page(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        limit_search_keywords: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/appStoreVersionLocalizations`` (appStoreVersions_appStoreVersionLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionlocalizations
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_store_version_localizations_get_to_many_related",
            locals(),
        )

    def list_app_store_version_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreVersionAppStoreVersionLocalizationsLinkagesResponseDataItem]:
        """Every AppStoreVersionAppStoreVersionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionLocalizations`` (appStoreVersions_appStoreVersionLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionlocalizations
        """
        return self._paginate(
            "app_store_versions.app_store_versions_app_store_version_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_app_store_version_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionAppStoreVersionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/relationships/appStoreVersionLocalizations`` (appStoreVersions_appStoreVersionLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionlocalizations
        """
        return await self._call(
            "app_store_versions.app_store_versions_app_store_version_localizations_get_to_many_relationship",
            locals(),
        )

    def list_customer_reviews(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_rating: str | Sequence[str] | None = None,
        filter_review_territory: str | Sequence[str] | None = None,
        exists_published_response: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_customer_reviews: str | Sequence[str] | None = None,
        fields_customer_review_responses: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CustomerReview]:
        """Every CustomerReview across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/customerReviews`` (appStoreVersions_customerReviews_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-customerreviews
        """
        return self._paginate(
            "app_store_versions.app_store_versions_customer_reviews_get_to_many_related", locals()
        )

    async def list_customer_reviews_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_rating: str | Sequence[str] | None = None,
        filter_review_territory: str | Sequence[str] | None = None,
        exists_published_response: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_customer_reviews: str | Sequence[str] | None = None,
        fields_customer_review_responses: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CustomerReviewsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/customerReviews`` (appStoreVersions_customerReviews_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-customerreviews
        """
        return await self._call(
            "app_store_versions.app_store_versions_customer_reviews_get_to_many_related", locals()
        )

    def list_customer_reviews_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreVersionCustomerReviewsLinkagesResponseDataItem]:
        """Every AppStoreVersionCustomerReviewsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersions/{id}/relationships/customerReviews`` (appStoreVersions_customerReviews_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-customerreviews
        """
        return self._paginate(
            "app_store_versions.app_store_versions_customer_reviews_get_to_many_relationship", locals()
        )

    async def list_customer_reviews_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionCustomerReviewsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersions/{id}/relationships/customerReviews`` (appStoreVersions_customerReviews_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-customerreviews
        """
        return await self._call(
            "app_store_versions.app_store_versions_customer_reviews_get_to_many_relationship", locals()
        )

    async def set_app_clip_default_experience(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/appStoreVersions/{id}/relationships/appClipDefaultExperience`` (appStoreVersions_appClipDefaultExperience_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversions-_id_-relationships-appclipdefaultexperience
        """
        return await self._link_one(
            "app_store_versions.app_store_versions_app_clip_default_experience_update_to_one_relationship",
            locals(),
            "appClipDefaultExperiences",
        )

    async def set_build(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/appStoreVersions/{id}/relationships/build`` (appStoreVersions_build_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversions-_id_-relationships-build
        """
        return await self._link_one(
            "app_store_versions.app_store_versions_build_update_to_one_relationship", locals(), "builds"
        )

    async def update(
        self,
        id: str,
        /,
        body: AppStoreVersionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        version_string: str | None | Unset = UNSET,
        copyright_: str | None | Unset = UNSET,
        review_type: str | None | Unset = UNSET,
        release_type: str | None | Unset = UNSET,
        earliest_release_date: str | date | None | Unset = UNSET,
        uses_idfa: bool | None | Unset = UNSET,
        downloadable: bool | None | Unset = UNSET,
        build: str | None | Unset = UNSET,
        app_clip_default_experience: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appStoreVersions/{id}`` (appStoreVersions_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversions-_id_
        """
        return await self._write(
            "app_store_versions.app_store_versions_update_instance", locals(), _UPDATE_BODY
        )
