"""`asc.beta_recruitment_criteria`: the operations on beta_recruitment_criteria (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.beta_recruitment_criterion_create_request import BetaRecruitmentCriterionCreateRequest
    from ..models.beta_recruitment_criterion_response import BetaRecruitmentCriterionResponse
    from ..models.beta_recruitment_criterion_update_request import BetaRecruitmentCriterionUpdateRequest

__all__ = ["AsyncBetaRecruitmentCriteria", "BetaRecruitmentCriteria"]

_CREATE_BODY = Body(
    "betaRecruitmentCriteria",
    {"device_family_os_version_filters": ("deviceFamilyOsVersionFilters", "array", True)},
    {"beta_group": ("betaGroup", "betaGroups", False, True)},
)
_UPDATE_BODY = Body(
    "betaRecruitmentCriteria",
    {"device_family_os_version_filters": ("deviceFamilyOsVersionFilters", "array", False)},
    {},
)


class BetaRecruitmentCriteria(SyncResource):
    """`asc.beta_recruitment_criteria`."""

    def create(
        self,
        /,
        body: BetaRecruitmentCriterionCreateRequest | Mapping[str, Any] | None = None,
        *,
        device_family_os_version_filters: Sequence[Any] | Unset = UNSET,
        beta_group: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaRecruitmentCriterionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaRecruitmentCriteria`` (betaRecruitmentCriteria_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betarecruitmentcriteria
        """
        return self._write(
            "beta_recruitment_criteria.beta_recruitment_criteria_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaRecruitmentCriteria/{id}`` (betaRecruitmentCriteria_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betarecruitmentcriteria-_id_
        """
        return self._call("beta_recruitment_criteria.beta_recruitment_criteria_delete_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: BetaRecruitmentCriterionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        device_family_os_version_filters: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaRecruitmentCriterionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaRecruitmentCriteria/{id}`` (betaRecruitmentCriteria_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betarecruitmentcriteria-_id_
        """
        return self._write(
            "beta_recruitment_criteria.beta_recruitment_criteria_update_instance", locals(), _UPDATE_BODY
        )


class AsyncBetaRecruitmentCriteria(AsyncResource):
    """`asc.beta_recruitment_criteria` (async)."""

    async def create(
        self,
        /,
        body: BetaRecruitmentCriterionCreateRequest | Mapping[str, Any] | None = None,
        *,
        device_family_os_version_filters: Sequence[Any] | Unset = UNSET,
        beta_group: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaRecruitmentCriterionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaRecruitmentCriteria`` (betaRecruitmentCriteria_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betarecruitmentcriteria
        """
        return await self._write(
            "beta_recruitment_criteria.beta_recruitment_criteria_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaRecruitmentCriteria/{id}`` (betaRecruitmentCriteria_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betarecruitmentcriteria-_id_
        """
        return await self._call(
            "beta_recruitment_criteria.beta_recruitment_criteria_delete_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: BetaRecruitmentCriterionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        device_family_os_version_filters: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaRecruitmentCriterionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaRecruitmentCriteria/{id}`` (betaRecruitmentCriteria_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betarecruitmentcriteria-_id_
        """
        return await self._write(
            "beta_recruitment_criteria.beta_recruitment_criteria_update_instance", locals(), _UPDATE_BODY
        )
