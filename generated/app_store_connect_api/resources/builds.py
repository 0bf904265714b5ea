"""`asc.builds`: the operations on builds (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_encryption_declaration_without_includes_response import (
        AppEncryptionDeclarationWithoutIncludesResponse,
    )
    from ..models.app_store_version_response import AppStoreVersionResponse
    from ..models.app_without_includes_response import AppWithoutIncludesResponse
    from ..models.beta_app_review_submission_without_includes_response import (
        BetaAppReviewSubmissionWithoutIncludesResponse,
    )
    from ..models.beta_build_localization import BetaBuildLocalization
    from ..models.beta_build_localizations_without_includes_response import (
        BetaBuildLocalizationsWithoutIncludesResponse,
    )
    from ..models.beta_build_usages_v1_metric_response import BetaBuildUsagesV1MetricResponse
    from ..models.beta_tester import BetaTester
    from ..models.beta_testers_without_includes_response import BetaTestersWithoutIncludesResponse
    from ..models.build import Build
    from ..models.build_app_encryption_declaration_linkage_response import (
        BuildAppEncryptionDeclarationLinkageResponse,
    )
    from ..models.build_app_linkage_response import BuildAppLinkageResponse
    from ..models.build_app_store_version_linkage_response import BuildAppStoreVersionLinkageResponse
    from ..models.build_beta_app_review_submission_linkage_response import (
        BuildBetaAppReviewSubmissionLinkageResponse,
    )
    from ..models.build_beta_build_localizations_linkages_response import (
        BuildBetaBuildLocalizationsLinkagesResponse,
    )
    from ..models.build_beta_build_localizations_linkages_response_data_item import (
        BuildBetaBuildLocalizationsLinkagesResponseDataItem,
    )
    from ..models.build_beta_detail_response import BuildBetaDetailResponse
    from ..models.build_build_beta_detail_linkage_response import BuildBuildBetaDetailLinkageResponse
    from ..models.build_diagnostic_signatures_linkages_response import (
        BuildDiagnosticSignaturesLinkagesResponse,
    )
    from ..models.build_diagnostic_signatures_linkages_response_data_item import (
        BuildDiagnosticSignaturesLinkagesResponseDataItem,
    )
    from ..models.build_icon import BuildIcon
    from ..models.build_icons_linkages_response import BuildIconsLinkagesResponse
    from ..models.build_icons_linkages_response_data_item import BuildIconsLinkagesResponseDataItem
    from ..models.build_icons_without_includes_response import BuildIconsWithoutIncludesResponse
    from ..models.build_individual_testers_linkages_response import BuildIndividualTestersLinkagesResponse
    from ..models.build_individual_testers_linkages_response_data_item import (
        BuildIndividualTestersLinkagesResponseDataItem,
    )
    from ..models.build_pre_release_version_linkage_response import BuildPreReleaseVersionLinkageResponse
    from ..models.build_response import BuildResponse
    from ..models.build_update_request import BuildUpdateRequest
    from ..models.builds_response import BuildsResponse
    from ..models.diagnostic_signature import DiagnosticSignature
    from ..models.diagnostic_signatures_response import DiagnosticSignaturesResponse
    from ..models.prerelease_version_without_includes_response import PrereleaseVersionWithoutIncludesResponse
    from ..models.xcode_metrics import XcodeMetrics

__all__ = ["AsyncBuilds", "Builds"]

_UPDATE_BODY = Body(
    "builds",
    {
        "expired": ("expired", "boolean", False),
        "uses_non_exempt_encryption": ("usesNonExemptEncryption", "boolean", False),
    },
    {"app_encryption_declaration": ("appEncryptionDeclaration", "appEncryptionDeclarations", False, False)},
)


class Builds(SyncResource):
    """`asc.builds`."""

    def add_beta_groups(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/builds/{id}/relationships/betaGroups`` (builds_betaGroups_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builds-_id_-relationships-betagroups
        """
        return self._link_many(
            "builds.builds_beta_groups_create_to_many_relationship", locals(), "betaGroups"
        )

    def add_individual_testers(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/builds/{id}/relationships/individualTesters`` (builds_individualTesters_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builds-_id_-relationships-individualtesters
        """
        return self._link_many(
            "builds.builds_individual_testers_create_to_many_relationship", locals(), "betaTesters"
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_build_bundles: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_build_bundles: int | None = None,
        limit_icons: int | None = None,
        limit_individual_testers: int | None = None,
        timeout: Timeout = None,
    ) -> BuildResponse:
        """One request.

        ``GET /v1/builds/{id}`` (builds_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_
        """
        return self._call("builds.builds_get_instance", locals())

    def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/builds/{id}/app`` (builds_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-app
        """
        return self._call("builds.builds_app_get_to_one_related", locals())

    def get_app_encryption_declaration(
        self,
        id: str,
        /,
        *,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationWithoutIncludesResponse:
        """One request.

        ``GET /v1/builds/{id}/appEncryptionDeclaration`` (builds_appEncryptionDeclaration_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-appencryptiondeclaration
        """
        return self._call("builds.builds_app_encryption_declaration_get_to_one_related", locals())

    def get_app_encryption_declaration_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildAppEncryptionDeclarationLinkageResponse:
        """One request.

        ``GET /v1/builds/{id}/relationships/appEncryptionDeclaration`` (builds_appEncryptionDeclaration_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-appencryptiondeclaration
        """
        return self._call("builds.builds_app_encryption_declaration_get_to_one_relationship", locals())

    def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildAppLinkageResponse:
        """One request.

        ``GET /v1/builds/{id}/relationships/app`` (builds_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-app
        """
        return self._call("builds.builds_app_get_to_one_relationship", locals())

    def get_app_store_version(
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
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionResponse:
        """One request.

        ``GET /v1/builds/{id}/appStoreVersion`` (builds_appStoreVersion_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-appstoreversion
        """
        return self._call("builds.builds_app_store_version_get_to_one_related", locals())

    def get_app_store_version_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildAppStoreVersionLinkageResponse:
        """One request.

        ``GET /v1/builds/{id}/relationships/appStoreVersion`` (builds_appStoreVersion_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-appstoreversion
        """
        return self._call("builds.builds_app_store_version_get_to_one_relationship", locals())

    def get_beta_app_review_submission(
        self,
        id: str,
        /,
        *,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppReviewSubmissionWithoutIncludesResponse:
        """One request.

        ``GET /v1/builds/{id}/betaAppReviewSubmission`` (builds_betaAppReviewSubmission_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-betaappreviewsubmission
        """
        return self._call("builds.builds_beta_app_review_submission_get_to_one_related", locals())

    def get_beta_app_review_submission_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildBetaAppReviewSubmissionLinkageResponse:
        """One request.

        ``GET /v1/builds/{id}/relationships/betaAppReviewSubmission`` (builds_betaAppReviewSubmission_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-betaappreviewsubmission
        """
        return self._call("builds.builds_beta_app_review_submission_get_to_one_relationship", locals())

    def get_beta_build_usages_metrics(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaBuildUsagesV1MetricResponse:
        """One request.

        ``GET /v1/builds/{id}/metrics/betaBuildUsages`` (builds_betaBuildUsages_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-metrics-betabuildusages
        """
        return self._call("builds.builds_beta_build_usages_get_metrics", locals())

    def get_build_beta_detail(
        self,
        id: str,
        /,
        *,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildBetaDetailResponse:
        """One request.

        ``GET /v1/builds/{id}/buildBetaDetail`` (builds_buildBetaDetail_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-buildbetadetail
        """
        return self._call("builds.builds_build_beta_detail_get_to_one_related", locals())

    def get_build_beta_detail_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildBuildBetaDetailLinkageResponse:
        """One request.

        ``GET /v1/builds/{id}/relationships/buildBetaDetail`` (builds_buildBetaDetail_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-buildbetadetail
        """
        return self._call("builds.builds_build_beta_detail_get_to_one_relationship", locals())

    def get_pre_release_version(
        self,
        id: str,
        /,
        *,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> PrereleaseVersionWithoutIncludesResponse:
        """One request.

        ``GET /v1/builds/{id}/preReleaseVersion`` (builds_preReleaseVersion_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-prereleaseversion
        """
        return self._call("builds.builds_pre_release_version_get_to_one_related", locals())

    def get_pre_release_version_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildPreReleaseVersionLinkageResponse:
        """One request.

        ``GET /v1/builds/{id}/relationships/preReleaseVersion`` (builds_preReleaseVersion_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-prereleaseversion
        """
        return self._call("builds.builds_pre_release_version_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_version: str | Sequence[str] | None = None,
        filter_expired: str | Sequence[str] | None = None,
        filter_processing_state: str | Sequence[str] | None = None,
        filter_beta_app_review_submission_beta_review_state: str | Sequence[str] | None = None,
        filter_uses_non_exempt_encryption: str | Sequence[str] | None = None,
        filter_pre_release_version_version: str | Sequence[str] | None = None,
        filter_pre_release_version_platform: str | Sequence[str] | None = None,
        filter_build_audience_type: str | Sequence[str] | None = None,
        filter_pre_release_version: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_beta_groups: str | Sequence[str] | None = None,
        filter_app_store_version: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        exists_uses_non_exempt_encryption: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_build_bundles: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_build_bundles: int | None = None,
        limit_icons: int | None = None,
        limit_individual_testers: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Build]:
        """Every Build across pages, with the pagination guards.

        ``GET /v1/builds`` (builds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds
        """
        return self._paginate("builds.builds_get_collection", locals())

    def list_page(
        self,
        *,
        filter_version: str | Sequence[str] | None = None,
        filter_expired: str | Sequence[str] | None = None,
        filter_processing_state: str | Sequence[str] | None = None,
        filter_beta_app_review_submission_beta_review_state: str | Sequence[str] | None = None,
        filter_uses_non_exempt_encryption: str | Sequence[str] | None = None,
        filter_pre_release_version_version: str | Sequence[str] | None = None,
        filter_pre_release_version_platform: str | Sequence[str] | None = None,
        filter_build_audience_type: str | Sequence[str] | None = None,
        filter_pre_release_version: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_beta_groups: str | Sequence[str] | None = None,
        filter_app_store_version: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        exists_uses_non_exempt_encryption: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_build_bundles: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_build_bundles: int | None = None,
        limit_icons: int | None = None,
        limit_individual_testers: int | None = None,
        timeout: Timeout = None,
    ) -> BuildsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds`` (builds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds
        """
        return self._call("builds.builds_get_collection", locals())

    def list_beta_build_localizations(
        self,
        id: str,
        /,
        *,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaBuildLocalization]:
        """Every BetaBuildLocalization across pages, with the pagination guards.

        ``GET /v1/builds/{id}/betaBuildLocalizations`` (builds_betaBuildLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-betabuildlocalizations
        """
        return self._paginate("builds.builds_beta_build_localizations_get_to_many_related", locals())

    def list_beta_build_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaBuildLocalizationsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/betaBuildLocalizations`` (builds_betaBuildLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-betabuildlocalizations
        """
        return self._call("builds.builds_beta_build_localizations_get_to_many_related", locals())

    def list_beta_build_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BuildBetaBuildLocalizationsLinkagesResponseDataItem]:
        """Every BuildBetaBuildLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/builds/{id}/relationships/betaBuildLocalizations`` (builds_betaBuildLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-betabuildlocalizations
        """
        return self._paginate("builds.builds_beta_build_localizations_get_to_many_relationship", locals())

    def list_beta_build_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildBetaBuildLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/relationships/betaBuildLocalizations`` (builds_betaBuildLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-betabuildlocalizations
        """
        return self._call("builds.builds_beta_build_localizations_get_to_many_relationship", locals())

    def list_diagnostic_signatures(
        self,
        id: str,
        /,
        *,
        filter_diagnostic_type: str | Sequence[str] | None = None,
        fields_diagnostic_signatures: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[DiagnosticSignature]:
        """Every DiagnosticSignature across pages, with the pagination guards.

        ``GET /v1/builds/{id}/diagnosticSignatures`` (builds_diagnosticSignatures_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-diagnosticsignatures
        """
        return self._paginate("builds.builds_diagnostic_signatures_get_to_many_related", locals())

    def list_diagnostic_signatures_page(
        self,
        id: str,
        /,
        *,
        filter_diagnostic_type: str | Sequence[str] | None = None,
        fields_diagnostic_signatures: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> DiagnosticSignaturesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/diagnosticSignatures`` (builds_diagnosticSignatures_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-diagnosticsignatures
        """
        return self._call("builds.builds_diagnostic_signatures_get_to_many_related", locals())

    def list_diagnostic_signatures_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BuildDiagnosticSignaturesLinkagesResponseDataItem]:
        """Every BuildDiagnosticSignaturesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/builds/{id}/relationships/diagnosticSignatures`` (builds_diagnosticSignatures_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-diagnosticsignatures
        """
        return self._paginate("builds.builds_diagnostic_signatures_get_to_many_relationship", locals())

    def list_diagnostic_signatures_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildDiagnosticSignaturesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/relationships/diagnosticSignatures`` (builds_diagnosticSignatures_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-diagnosticsignatures
        """
        return self._call("builds.builds_diagnostic_signatures_get_to_many_relationship", locals())

    def list_icons(
        self,
        id: str,
        /,
        *,
        fields_build_icons: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BuildIcon]:
        """Every BuildIcon across pages, with the pagination guards.

        ``GET /v1/builds/{id}/icons`` (builds_icons_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-icons
        """
        return self._paginate("builds.builds_icons_get_to_many_related", locals())

    def list_icons_page(
        self,
        id: str,
        /,
        *,
        fields_build_icons: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildIconsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/icons`` (builds_icons_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-icons
        """
        return self._call("builds.builds_icons_get_to_many_related", locals())

    def list_icons_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BuildIconsLinkagesResponseDataItem]:
        """Every BuildIconsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/builds/{id}/relationships/icons`` (builds_icons_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-icons
        """
        return self._paginate("builds.builds_icons_get_to_many_relationship", locals())

    def list_icons_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildIconsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/relationships/icons`` (builds_icons_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-icons
        """
        return self._call("builds.builds_icons_get_to_many_relationship", locals())

    def list_individual_testers(
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

        ``GET /v1/builds/{id}/individualTesters`` (builds_individualTesters_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-individualtesters
        """
        return self._paginate("builds.builds_individual_testers_get_to_many_related", locals())

    def list_individual_testers_page(
        self,
        id: str,
        /,
        *,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTestersWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/individualTesters`` (builds_individualTesters_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-individualtesters
        """
        return self._call("builds.builds_individual_testers_get_to_many_related", locals())

    def list_individual_testers_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BuildIndividualTestersLinkagesResponseDataItem]:
        """Every BuildIndividualTestersLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/builds/{id}/relationships/individualTesters`` (builds_individualTesters_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-individualtesters
        """
        return self._paginate("builds.builds_individual_testers_get_to_many_relationship", locals())

    def list_individual_testers_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildIndividualTestersLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/relationships/individualTesters`` (builds_individualTesters_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-individualtesters
        """
        return self._call("builds.builds_individual_testers_get_to_many_relationship", locals())

    def list_perf_power_metrics(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_metric_type: str | Sequence[str] | None = None,
        filter_device_type: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> XcodeMetrics:
        """One request.

        ``GET /v1/builds/{id}/perfPowerMetrics`` (builds_perfPowerMetrics_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-perfpowermetrics
        """
        return self._call("builds.builds_perf_power_metrics_get_to_many_related", locals())

    def remove_beta_groups(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/builds/{id}/relationships/betaGroups`` (builds_betaGroups_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-builds-_id_-relationships-betagroups
        """
        return self._link_many(
            "builds.builds_beta_groups_delete_to_many_relationship", locals(), "betaGroups"
        )

    def remove_individual_testers(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/builds/{id}/relationships/individualTesters`` (builds_individualTesters_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-builds-_id_-relationships-individualtesters
        """
        return self._link_many(
            "builds.builds_individual_testers_delete_to_many_relationship", locals(), "betaTesters"
        )

    def set_app_encryption_declaration(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/builds/{id}/relationships/appEncryptionDeclaration`` (builds_appEncryptionDeclaration_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-builds-_id_-relationships-appencryptiondeclaration
        """
        return self._link_one(
            "builds.builds_app_encryption_declaration_update_to_one_relationship",
            locals(),
            "appEncryptionDeclarations",
        )

    def update(
        self,
        id: str,
        /,
        body: BuildUpdateRequest | Mapping[str, Any] | None = None,
        *,
        expired: bool | None | Unset = UNSET,
        uses_non_exempt_encryption: bool | None | Unset = UNSET,
        app_encryption_declaration: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BuildResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/builds/{id}`` (builds_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-builds-_id_
        """
        return self._write("builds.builds_update_instance", locals(), _UPDATE_BODY)


class AsyncBuilds(AsyncResource):
    """`asc.builds` (async)."""

    async def add_beta_groups(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/builds/{id}/relationships/betaGroups`` (builds_betaGroups_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builds-_id_-relationships-betagroups
        """
        return await self._link_many(
            "builds.builds_beta_groups_create_to_many_relationship", locals(), "betaGroups"
        )

    async def add_individual_testers(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/builds/{id}/relationships/individualTesters`` (builds_individualTesters_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builds-_id_-relationships-individualtesters
        """
        return await self._link_many(
            "builds.builds_individual_testers_create_to_many_relationship", locals(), "betaTesters"
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_build_bundles: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_build_bundles: int | None = None,
        limit_icons: int | None = None,
        limit_individual_testers: int | None = None,
        timeout: Timeout = None,
    ) -> BuildResponse:
        """One request.

        ``GET /v1/builds/{id}`` (builds_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_
        """
        return await self._call("builds.builds_get_instance", locals())

    async def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/builds/{id}/app`` (builds_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-app
        """
        return await self._call("builds.builds_app_get_to_one_related", locals())

    async def get_app_encryption_declaration(
        self,
        id: str,
        /,
        *,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationWithoutIncludesResponse:
        """One request.

        ``GET /v1/builds/{id}/appEncryptionDeclaration`` (builds_appEncryptionDeclaration_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-appencryptiondeclaration
        """
        return await self._call("builds.builds_app_encryption_declaration_get_to_one_related", locals())

    async def get_app_encryption_declaration_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildAppEncryptionDeclarationLinkageResponse:
        """One request.

        ``GET /v1/builds/{id}/relationships/appEncryptionDeclaration`` (builds_appEncryptionDeclaration_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-appencryptiondeclaration
        """
        return await self._call("builds.builds_app_encryption_declaration_get_to_one_relationship", locals())

    async def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildAppLinkageResponse:
        """One request.

        ``GET /v1/builds/{id}/relationships/app`` (builds_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-app
        """
        return await self._call("builds.builds_app_get_to_one_relationship", locals())

    async def get_app_store_version(
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
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionResponse:
        """One request.

        ``GET /v1/builds/{id}/appStoreVersion`` (builds_appStoreVersion_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-appstoreversion
        """
        return await self._call("builds.builds_app_store_version_get_to_one_related", locals())

    async def get_app_store_version_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildAppStoreVersionLinkageResponse:
        """One request.

        ``GET /v1/builds/{id}/relationships/appStoreVersion`` (builds_appStoreVersion_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-appstoreversion
        """
        return await self._call("builds.builds_app_store_version_get_to_one_relationship", locals())

    async def get_beta_app_review_submission(
        self,
        id: str,
        /,
        *,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppReviewSubmissionWithoutIncludesResponse:
        """One request.

        ``GET /v1/builds/{id}/betaAppReviewSubmission`` (builds_betaAppReviewSubmission_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-betaappreviewsubmission
        """
        return await self._call("builds.builds_beta_app_review_submission_get_to_one_related", locals())

    async def get_beta_app_review_submission_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildBetaAppReviewSubmissionLinkageResponse:
        """One request.

        ``GET /v1/builds/{id}/relationships/betaAppReviewSubmission`` (builds_betaAppReviewSubmission_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-betaappreviewsubmission
        """
        return await self._call("builds.builds_beta_app_review_submission_get_to_one_relationship", locals())

    async def get_beta_build_usages_metrics(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaBuildUsagesV1MetricResponse:
        """One request.

        ``GET /v1/builds/{id}/metrics/betaBuildUsages`` (builds_betaBuildUsages_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-metrics-betabuildusages
        """
        return await self._call("builds.builds_beta_build_usages_get_metrics", locals())

    async def get_build_beta_detail(
        self,
        id: str,
        /,
        *,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildBetaDetailResponse:
        """One request.

        ``GET /v1/builds/{id}/buildBetaDetail`` (builds_buildBetaDetail_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-buildbetadetail
        """
        return await self._call("builds.builds_build_beta_detail_get_to_one_related", locals())

    async def get_build_beta_detail_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildBuildBetaDetailLinkageResponse:
        """One request.

        ``GET /v1/builds/{id}/relationships/buildBetaDetail`` (builds_buildBetaDetail_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-buildbetadetail
        """
        return await self._call("builds.builds_build_beta_detail_get_to_one_relationship", locals())

    async def get_pre_release_version(
        self,
        id: str,
        /,
        *,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> PrereleaseVersionWithoutIncludesResponse:
        """One request.

        ``GET /v1/builds/{id}/preReleaseVersion`` (builds_preReleaseVersion_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-prereleaseversion
        """
        return await self._call("builds.builds_pre_release_version_get_to_one_related", locals())

    async def get_pre_release_version_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BuildPreReleaseVersionLinkageResponse:
        """One request.

        ``GET /v1/builds/{id}/relationships/preReleaseVersion`` (builds_preReleaseVersion_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-prereleaseversion
        """
        return await self._call("builds.builds_pre_release_version_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_version: str | Sequence[str] | None = None,
        filter_expired: str | Sequence[str] | None = None,
        filter_processing_state: str | Sequence[str] | None = None,
        filter_beta_app_review_submission_beta_review_state: str | Sequence[str] | None = None,
        filter_uses_non_exempt_encryption: str | Sequence[str] | None = None,
        filter_pre_release_version_version: str | Sequence[str] | None = None,
        filter_pre_release_version_platform: str | Sequence[str] | None = None,
        filter_build_audience_type: str | Sequence[str] | None = None,
        filter_pre_release_version: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_beta_groups: str | Sequence[str] | None = None,
        filter_app_store_version: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        exists_uses_non_exempt_encryption: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_build_bundles: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_build_bundles: int | None = None,
        limit_icons: int | None = None,
        limit_individual_testers: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Build]:
        """Every Build across pages, with the pagination guards.

        ``GET /v1/builds`` (builds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds
        """
        return self._paginate("builds.builds_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_version: str | Sequence[str] | None = None,
        filter_expired: str | Sequence[str] | None = None,
        filter_processing_state: str | Sequence[str] | None = None,
        filter_beta_app_review_submission_beta_review_state: str | Sequence[str] | None = None,
        filter_uses_non_exempt_encryption: str | Sequence[str] | None = None,
        filter_pre_release_version_version: str | Sequence[str] | None = None,
        filter_pre_release_version_platform: str | Sequence[str] | None = None,
        filter_build_audience_type: str | Sequence[str] | None = None,
        filter_pre_release_version: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_beta_groups: str | Sequence[str] | None = None,
        filter_app_store_version: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        exists_uses_non_exempt_encryption: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_build_beta_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_build_bundles: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_build_bundles: int | None = None,
        limit_icons: int | None = None,
        limit_individual_testers: int | None = None,
        timeout: Timeout = None,
    ) -> BuildsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds`` (builds_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds
        """
        return await self._call("builds.builds_get_collection", locals())

    def list_beta_build_localizations(
        self,
        id: str,
        /,
        *,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaBuildLocalization]:
        """Every BetaBuildLocalization across pages, with the pagination guards.

        ``GET /v1/builds/{id}/betaBuildLocalizations`` (builds_betaBuildLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-betabuildlocalizations
        """
        return self._paginate("builds.builds_beta_build_localizations_get_to_many_related", locals())

    async def list_beta_build_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_beta_build_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaBuildLocalizationsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/betaBuildLocalizations`` (builds_betaBuildLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-betabuildlocalizations
        """
        return await self._call("builds.builds_beta_build_localizations_get_to_many_related", locals())

    def list_beta_build_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BuildBetaBuildLocalizationsLinkagesResponseDataItem]:
        """Every BuildBetaBuildLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/builds/{id}/relationships/betaBuildLocalizations`` (builds_betaBuildLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-betabuildlocalizations
        """
        return self._paginate("builds.builds_beta_build_localizations_get_to_many_relationship", locals())

    async def list_beta_build_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildBetaBuildLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/relationships/betaBuildLocalizations`` (builds_betaBuildLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-betabuildlocalizations
        """
        return await self._call("builds.builds_beta_build_localizations_get_to_many_relationship", locals())

    def list_diagnostic_signatures(
        self,
        id: str,
        /,
        *,
        filter_diagnostic_type: str | Sequence[str] | None = None,
        fields_diagnostic_signatures: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[DiagnosticSignature]:
        """Every DiagnosticSignature across pages, with the pagination guards.

        ``GET /v1/builds/{id}/diagnosticSignatures`` (builds_diagnosticSignatures_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-diagnosticsignatures
        """
        return self._paginate("builds.builds_diagnostic_signatures_get_to_many_related", locals())

    async def list_diagnostic_signatures_page(
        self,
        id: str,
        /,
        *,
        filter_diagnostic_type: str | Sequence[str] | None = None,
        fields_diagnostic_signatures: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> DiagnosticSignaturesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/diagnosticSignatures`` (builds_diagnosticSignatures_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-diagnosticsignatures
        """
        return await self._call("builds.builds_diagnostic_signatures_get_to_many_related", locals())

    def list_diagnostic_signatures_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BuildDiagnosticSignaturesLinkagesResponseDataItem]:
        """Every BuildDiagnosticSignaturesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/builds/{id}/relationships/diagnosticSignatures`` (builds_diagnosticSignatures_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-diagnosticsignatures
        """
        return self._paginate("builds.builds_diagnostic_signatures_get_to_many_relationship", locals())

    async def list_diagnostic_signatures_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildDiagnosticSignaturesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/relationships/diagnosticSignatures`` (builds_diagnosticSignatures_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-diagnosticsignatures
        """
        return await self._call("builds.builds_diagnostic_signatures_get_to_many_relationship", locals())

    def list_icons(
        self,
        id: str,
        /,
        *,
        fields_build_icons: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BuildIcon]:
        """Every BuildIcon across pages, with the pagination guards.

        ``GET /v1/builds/{id}/icons`` (builds_icons_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-icons
        """
        return self._paginate("builds.builds_icons_get_to_many_related", locals())

    async def list_icons_page(
        self,
        id: str,
        /,
        *,
        fields_build_icons: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildIconsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/icons`` (builds_icons_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-icons
        """
        return await self._call("builds.builds_icons_get_to_many_related", locals())

    def list_icons_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BuildIconsLinkagesResponseDataItem]:
        """Every BuildIconsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/builds/{id}/relationships/icons`` (builds_icons_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-icons
        """
        return self._paginate("builds.builds_icons_get_to_many_relationship", locals())

    async def list_icons_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildIconsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/relationships/icons`` (builds_icons_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-icons
        """
        return await self._call("builds.builds_icons_get_to_many_relationship", locals())

    def list_individual_testers(
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

        ``GET /v1/builds/{id}/individualTesters`` (builds_individualTesters_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-individualtesters
        """
        return self._paginate("builds.builds_individual_testers_get_to_many_related", locals())

    async def list_individual_testers_page(
        self,
        id: str,
        /,
        *,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaTestersWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/individualTesters`` (builds_individualTesters_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-individualtesters
        """
        return await self._call("builds.builds_individual_testers_get_to_many_related", locals())

    def list_individual_testers_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BuildIndividualTestersLinkagesResponseDataItem]:
        """Every BuildIndividualTestersLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/builds/{id}/relationships/individualTesters`` (builds_individualTesters_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-individualtesters
        """
        return self._paginate("builds.builds_individual_testers_get_to_many_relationship", locals())

    async def list_individual_testers_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildIndividualTestersLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/builds/{id}/relationships/individualTesters`` (builds_individualTesters_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-individualtesters
        """
        return await self._call("builds.builds_individual_testers_get_to_many_relationship", locals())

    async def list_perf_power_metrics(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_metric_type: str | Sequence[str] | None = None,
        filter_device_type: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> XcodeMetrics:
        """One request.

        ``GET /v1/builds/{id}/perfPowerMetrics`` (builds_perfPowerMetrics_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-perfpowermetrics
        """
        return await self._call("builds.builds_perf_power_metrics_get_to_many_related", locals())

    async def remove_beta_groups(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/builds/{id}/relationships/betaGroups`` (builds_betaGroups_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-builds-_id_-relationships-betagroups
        """
        return await self._link_many(
            "builds.builds_beta_groups_delete_to_many_relationship", locals(), "betaGroups"
        )

    async def remove_individual_testers(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/builds/{id}/relationships/individualTesters`` (builds_individualTesters_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-builds-_id_-relationships-individualtesters
        """
        return await self._link_many(
            "builds.builds_individual_testers_delete_to_many_relationship", locals(), "betaTesters"
        )

    async def set_app_encryption_declaration(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/builds/{id}/relationships/appEncryptionDeclaration`` (builds_appEncryptionDeclaration_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-builds-_id_-relationships-appencryptiondeclaration
        """
        return await self._link_one(
            "builds.builds_app_encryption_declaration_update_to_one_relationship",
            locals(),
            "appEncryptionDeclarations",
        )

    async def update(
        self,
        id: str,
        /,
        body: BuildUpdateRequest | Mapping[str, Any] | None = None,
        *,
        expired: bool | None | Unset = UNSET,
        uses_non_exempt_encryption: bool | None | Unset = UNSET,
        app_encryption_declaration: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BuildResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/builds/{id}`` (builds_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-builds-_id_
        """
        return await self._write("builds.builds_update_instance", locals(), _UPDATE_BODY)
