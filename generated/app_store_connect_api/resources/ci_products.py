"""`asc.ci_products`: the operations on ci_products (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_response import AppResponse
    from ..models.ci_build_run import CiBuildRun
    from ..models.ci_build_runs_response import CiBuildRunsResponse
    from ..models.ci_product import CiProduct
    from ..models.ci_product_additional_repositories_linkages_response import (
        CiProductAdditionalRepositoriesLinkagesResponse,
    )
    from ..models.ci_product_additional_repositories_linkages_response_data_item import (
        CiProductAdditionalRepositoriesLinkagesResponseDataItem,
    )
    from ..models.ci_product_app_linkage_response import CiProductAppLinkageResponse
    from ..models.ci_product_build_runs_linkages_response import CiProductBuildRunsLinkagesResponse
    from ..models.ci_product_build_runs_linkages_response_data_item import (
        CiProductBuildRunsLinkagesResponseDataItem,
    )
    from ..models.ci_product_primary_repositories_linkages_response import (
        CiProductPrimaryRepositoriesLinkagesResponse,
    )
    from ..models.ci_product_primary_repositories_linkages_response_data_item import (
        CiProductPrimaryRepositoriesLinkagesResponseDataItem,
    )
    from ..models.ci_product_response import CiProductResponse
    from ..models.ci_product_workflows_linkages_response import CiProductWorkflowsLinkagesResponse
    from ..models.ci_product_workflows_linkages_response_data_item import (
        CiProductWorkflowsLinkagesResponseDataItem,
    )
    from ..models.ci_products_response import CiProductsResponse
    from ..models.ci_workflow import CiWorkflow
    from ..models.ci_workflows_response import CiWorkflowsResponse
    from ..models.scm_repositories_response import ScmRepositoriesResponse
    from ..models.scm_repository import ScmRepository

__all__ = ["AsyncCiProducts", "CiProducts"]


class CiProducts(SyncResource):
    """`asc.ci_products`."""

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/ciProducts/{id}`` (ciProducts_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-ciproducts-_id_
        """
        return self._call("ci_products.ci_products_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_primary_repositories: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductResponse:
        """One request.

        ``GET /v1/ciProducts/{id}`` (ciProducts_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_
        """
        return self._call("ci_products.ci_products_get_instance", locals())

    def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_end_user_license_agreements: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_subscription_grace_periods: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_builds: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_clips: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_subscription_groups: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_app_events: int | None = None,
        limit_review_submissions: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        timeout: Timeout = None,
    ) -> AppResponse:
        """One request.

        ``GET /v1/ciProducts/{id}/app`` (ciProducts_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-app
        """
        return self._call("ci_products.ci_products_app_get_to_one_related", locals())

    def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> CiProductAppLinkageResponse:
        """One request.

        ``GET /v1/ciProducts/{id}/relationships/app`` (ciProducts_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-app
        """
        return self._call("ci_products.ci_products_app_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_product_type: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_primary_repositories: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiProduct]:
        """Every CiProduct across pages, with the pagination guards.

        ``GET /v1/ciProducts`` (ciProducts_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts
        """
        return self._paginate("ci_products.ci_products_get_collection", locals())

    def list_page(
        self,
        *,
        filter_product_type: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_primary_repositories: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts`` (ciProducts_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts
        """
        return self._call("ci_products.ci_products_get_collection", locals())

    def list_additional_repositories(
        self,
        id: str,
        /,
        *,
        filter_id: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ScmRepository]:
        """Every ScmRepository across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/additionalRepositories`` (ciProducts_additionalRepositories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-additionalrepositories
        """
        return self._paginate("ci_products.ci_products_additional_repositories_get_to_many_related", locals())

    def list_additional_repositories_page(
        self,
        id: str,
        /,
        *,
        filter_id: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmRepositoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/additionalRepositories`` (ciProducts_additionalRepositories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-additionalrepositories
        """
        return self._call("ci_products.ci_products_additional_repositories_get_to_many_related", locals())

    def list_additional_repositories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiProductAdditionalRepositoriesLinkagesResponseDataItem]:
        """Every CiProductAdditionalRepositoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/relationships/additionalRepositories`` (ciProducts_additionalRepositories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-additionalrepositories
        """
        return self._paginate(
            "ci_products.ci_products_additional_repositories_get_to_many_relationship", locals()
        )

    def list_additional_repositories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductAdditionalRepositoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/relationships/additionalRepositories`` (ciProducts_additionalRepositories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-additionalrepositories
        """
        return self._call(
            "ci_products.ci_products_additional_repositories_get_to_many_relationship", locals()
        )

    def list_build_runs(
        self,
        id: str,
        /,
        *,
        filter_builds: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiBuildRun]:
        """Every CiBuildRun across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/buildRuns`` (ciProducts_buildRuns_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-buildruns
        """
        return self._paginate("ci_products.ci_products_build_runs_get_to_many_related", locals())

    def list_build_runs_page(
        self,
        id: str,
        /,
        *,
        filter_builds: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildRunsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/buildRuns`` (ciProducts_buildRuns_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-buildruns
        """
        return self._call("ci_products.ci_products_build_runs_get_to_many_related", locals())

    def list_build_runs_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiProductBuildRunsLinkagesResponseDataItem]:
        """Every CiProductBuildRunsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/relationships/buildRuns`` (ciProducts_buildRuns_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-buildruns
        """
        return self._paginate("ci_products.ci_products_build_runs_get_to_many_relationship", locals())

    def list_build_runs_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductBuildRunsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/relationships/buildRuns`` (ciProducts_buildRuns_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-buildruns
        """
        return self._call("ci_products.ci_products_build_runs_get_to_many_relationship", locals())

    def list_primary_repositories(
        self,
        id: str,
        /,
        *,
        filter_id: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ScmRepository]:
        """Every ScmRepository across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/primaryRepositories`` (ciProducts_primaryRepositories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-primaryrepositories
        """
        return self._paginate("ci_products.ci_products_primary_repositories_get_to_many_related", locals())

    def list_primary_repositories_page(
        self,
        id: str,
        /,
        *,
        filter_id: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmRepositoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/primaryRepositories`` (ciProducts_primaryRepositories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-primaryrepositories
        """
        return self._call("ci_products.ci_products_primary_repositories_get_to_many_related", locals())

    def list_primary_repositories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiProductPrimaryRepositoriesLinkagesResponseDataItem]:
        """Every CiProductPrimaryRepositoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/relationships/primaryRepositories`` (ciProducts_primaryRepositories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-primaryrepositories
        """
        return self._paginate(
            "ci_products.ci_products_primary_repositories_get_to_many_relationship", locals()
        )

    def list_primary_repositories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductPrimaryRepositoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/relationships/primaryRepositories`` (ciProducts_primaryRepositories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-primaryrepositories
        """
        return self._call("ci_products.ci_products_primary_repositories_get_to_many_relationship", locals())

    def list_workflows(
        self,
        id: str,
        /,
        *,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiWorkflow]:
        """Every CiWorkflow across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/workflows`` (ciProducts_workflows_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-workflows
        """
        return self._paginate("ci_products.ci_products_workflows_get_to_many_related", locals())

    def list_workflows_page(
        self,
        id: str,
        /,
        *,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiWorkflowsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/workflows`` (ciProducts_workflows_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-workflows
        """
        return self._call("ci_products.ci_products_workflows_get_to_many_related", locals())

    def list_workflows_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CiProductWorkflowsLinkagesResponseDataItem]:
        """Every CiProductWorkflowsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/relationships/workflows`` (ciProducts_workflows_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-workflows
        """
        return self._paginate("ci_products.ci_products_workflows_get_to_many_relationship", locals())

    def list_workflows_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductWorkflowsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/relationships/workflows`` (ciProducts_workflows_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-workflows
        """
        return self._call("ci_products.ci_products_workflows_get_to_many_relationship", locals())


class AsyncCiProducts(AsyncResource):
    """`asc.ci_products` (async)."""

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/ciProducts/{id}`` (ciProducts_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-ciproducts-_id_
        """
        return await self._call("ci_products.ci_products_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_primary_repositories: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductResponse:
        """One request.

        ``GET /v1/ciProducts/{id}`` (ciProducts_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_
        """
        return await self._call("ci_products.ci_products_get_instance", locals())

    async def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_end_user_license_agreements: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_subscription_grace_periods: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_builds: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_clips: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_subscription_groups: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_app_events: int | None = None,
        limit_review_submissions: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        timeout: Timeout = None,
    ) -> AppResponse:
        """One request.

        ``GET /v1/ciProducts/{id}/app`` (ciProducts_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-app
        """
        return await self._call("ci_products.ci_products_app_get_to_one_related", locals())

    async def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> CiProductAppLinkageResponse:
        """One request.

        ``GET /v1/ciProducts/{id}/relationships/app`` (ciProducts_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-app
        """
        return await self._call("ci_products.ci_products_app_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_product_type: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_primary_repositories: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiProduct]:
        """Every CiProduct across pages, with the pagination guards.

        ``GET /v1/ciProducts`` (ciProducts_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts
        """
        return self._paginate("ci_products.ci_products_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_product_type: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_primary_repositories: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts`` (ciProducts_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts
        """
        return await self._call("ci_products.ci_products_get_collection", locals())

    def list_additional_repositories(
        self,
        id: str,
        /,
        *,
        filter_id: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ScmRepository]:
        """Every ScmRepository across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/additionalRepositories`` (ciProducts_additionalRepositories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-additionalrepositories
        """
        return self._paginate("ci_products.ci_products_additional_repositories_get_to_many_related", locals())

    async def list_additional_repositories_page(
        self,
        id: str,
        /,
        *,
        filter_id: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmRepositoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/additionalRepositories`` (ciProducts_additionalRepositories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-additionalrepositories
        """
        return await self._call(
            "ci_products.ci_products_additional_repositories_get_to_many_related", locals()
        )

    def list_additional_repositories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiProductAdditionalRepositoriesLinkagesResponseDataItem]:
        """Every CiProductAdditionalRepositoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/relationships/additionalRepositories`` (ciProducts_additionalRepositories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-additionalrepositories
        """
        return self._paginate(
            "ci_products.ci_products_additional_repositories_get_to_many_relationship", locals()
        )

    async def list_additional_repositories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductAdditionalRepositoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/relationships/additionalRepositories`` (ciProducts_additionalRepositories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-additionalrepositories
        """
        return await self._call(
            "ci_products.ci_products_additional_repositories_get_to_many_relationship", locals()
        )

    def list_build_runs(
        self,
        id: str,
        /,
        *,
        filter_builds: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiBuildRun]:
        """Every CiBuildRun across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/buildRuns`` (ciProducts_buildRuns_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-buildruns
        """
        return self._paginate("ci_products.ci_products_build_runs_get_to_many_related", locals())

    async def list_build_runs_page(
        self,
        id: str,
        /,
        *,
        filter_builds: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_ci_build_runs: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> CiBuildRunsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/buildRuns`` (ciProducts_buildRuns_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-buildruns
        """
        return await self._call("ci_products.ci_products_build_runs_get_to_many_related", locals())

    def list_build_runs_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiProductBuildRunsLinkagesResponseDataItem]:
        """Every CiProductBuildRunsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/relationships/buildRuns`` (ciProducts_buildRuns_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-buildruns
        """
        return self._paginate("ci_products.ci_products_build_runs_get_to_many_relationship", locals())

    async def list_build_runs_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductBuildRunsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/relationships/buildRuns`` (ciProducts_buildRuns_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-buildruns
        """
        return await self._call("ci_products.ci_products_build_runs_get_to_many_relationship", locals())

    def list_primary_repositories(
        self,
        id: str,
        /,
        *,
        filter_id: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ScmRepository]:
        """Every ScmRepository across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/primaryRepositories`` (ciProducts_primaryRepositories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-primaryrepositories
        """
        return self._paginate("ci_products.ci_products_primary_repositories_get_to_many_related", locals())

    async def list_primary_repositories_page(
        self,
        id: str,
        /,
        *,
        filter_id: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_scm_providers: str | Sequence[str] | None = None,
        fields_scm_git_references: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmRepositoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/primaryRepositories`` (ciProducts_primaryRepositories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-primaryrepositories
        """
        return await self._call("ci_products.ci_products_primary_repositories_get_to_many_related", locals())

    def list_primary_repositories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiProductPrimaryRepositoriesLinkagesResponseDataItem]:
        """Every CiProductPrimaryRepositoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/relationships/primaryRepositories`` (ciProducts_primaryRepositories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-primaryrepositories
        """
        return self._paginate(
            "ci_products.ci_products_primary_repositories_get_to_many_relationship", locals()
        )

    async def list_primary_repositories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductPrimaryRepositoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/relationships/primaryRepositories`` (ciProducts_primaryRepositories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-primaryrepositories
        """
        return await self._call(
            "ci_products.ci_products_primary_repositories_get_to_many_relationship", locals()
        )

    def list_workflows(
        self,
        id: str,
        /,
        *,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiWorkflow]:
        """Every CiWorkflow across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/workflows`` (ciProducts_workflows_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-workflows
        """
        return self._paginate("ci_products.ci_products_workflows_get_to_many_related", locals())

    async def list_workflows_page(
        self,
        id: str,
        /,
        *,
        fields_ci_workflows: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        fields_ci_xcode_versions: str | Sequence[str] | None = None,
        fields_ci_mac_os_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiWorkflowsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/workflows`` (ciProducts_workflows_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-workflows
        """
        return await self._call("ci_products.ci_products_workflows_get_to_many_related", locals())

    def list_workflows_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CiProductWorkflowsLinkagesResponseDataItem]:
        """Every CiProductWorkflowsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/ciProducts/{id}/relationships/workflows`` (ciProducts_workflows_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-workflows
        """
        return self._paginate("ci_products.ci_products_workflows_get_to_many_relationship", locals())

    async def list_workflows_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductWorkflowsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/ciProducts/{id}/relationships/workflows`` (ciProducts_workflows_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-workflows
        """
        return await self._call("ci_products.ci_products_workflows_get_to_many_relationship", locals())
