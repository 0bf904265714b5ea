"""`asc.beta_recruitment_criterion_options`: the operations on beta_recruitment_criterion_options (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.beta_recruitment_criterion_option import BetaRecruitmentCriterionOption
    from ..models.beta_recruitment_criterion_options_response import BetaRecruitmentCriterionOptionsResponse

__all__ = ["AsyncBetaRecruitmentCriterionOptions", "BetaRecruitmentCriterionOptions"]


class BetaRecruitmentCriterionOptions(SyncResource):
    """`asc.beta_recruitment_criterion_options`."""

    def list(
        self,
        *,
        fields_beta_recruitment_criterion_options: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaRecruitmentCriterionOption]:
        """Every BetaRecruitmentCriterionOption across pages, with the pagination guards.

        ``GET /v1/betaRecruitmentCriterionOptions`` (betaRecruitmentCriterionOptions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betarecruitmentcriterionoptions
        """
        return self._paginate(
            "beta_recruitment_criterion_options.beta_recruitment_criterion_options_get_collection", locals()
        )

    def list_page(
        self,
        *,
        fields_beta_recruitment_criterion_options: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaRecruitmentCriterionOptionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaRecruitmentCriterionOptions`` (betaRecruitmentCriterionOptions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betarecruitmentcriterionoptions
        """
        return self._call(
            "beta_recruitment_criterion_options.beta_recruitment_criterion_options_get_collection", locals()
        )


class AsyncBetaRecruitmentCriterionOptions(AsyncResource):
    """`asc.beta_recruitment_criterion_options` (async)."""

    def list(
        self,
        *,
        fields_beta_recruitment_criterion_options: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaRecruitmentCriterionOption]:
        """Every BetaRecruitmentCriterionOption across pages, with the pagination guards.

        ``GET /v1/betaRecruitmentCriterionOptions`` (betaRecruitmentCriterionOptions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betarecruitmentcriterionoptions
        """
        return self._paginate(
            "beta_recruitment_criterion_options.beta_recruitment_criterion_options_get_collection", locals()
        )

    async def list_page(
        self,
        *,
        fields_beta_recruitment_criterion_options: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaRecruitmentCriterionOptionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaRecruitmentCriterionOptions`` (betaRecruitmentCriterionOptions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betarecruitmentcriterionoptions
        """
        return await self._call(
            "beta_recruitment_criterion_options.beta_recruitment_criterion_options_get_collection", locals()
        )
