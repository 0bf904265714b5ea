"""`asc.beta_license_agreements`: the operations on beta_license_agreements (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_without_includes_response import AppWithoutIncludesResponse
    from ..models.beta_license_agreement import BetaLicenseAgreement
    from ..models.beta_license_agreement_app_linkage_response import BetaLicenseAgreementAppLinkageResponse
    from ..models.beta_license_agreement_response import BetaLicenseAgreementResponse
    from ..models.beta_license_agreement_update_request import BetaLicenseAgreementUpdateRequest
    from ..models.beta_license_agreements_response import BetaLicenseAgreementsResponse

__all__ = ["AsyncBetaLicenseAgreements", "BetaLicenseAgreements"]

_UPDATE_BODY = Body("betaLicenseAgreements", {"agreement_text": ("agreementText", "string", False)}, {})


class BetaLicenseAgreements(SyncResource):
    """`asc.beta_license_agreements`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaLicenseAgreementResponse:
        """One request.

        ``GET /v1/betaLicenseAgreements/{id}`` (betaLicenseAgreements_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements-_id_
        """
        return self._call("beta_license_agreements.beta_license_agreements_get_instance", locals())

    def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/betaLicenseAgreements/{id}/app`` (betaLicenseAgreements_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements-_id_-app
        """
        return self._call("beta_license_agreements.beta_license_agreements_app_get_to_one_related", locals())

    def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaLicenseAgreementAppLinkageResponse:
        """One request.

        ``GET /v1/betaLicenseAgreements/{id}/relationships/app`` (betaLicenseAgreements_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements-_id_-relationships-app
        """
        return self._call(
            "beta_license_agreements.beta_license_agreements_app_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_app: str | Sequence[str] | None = None,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaLicenseAgreement]:
        """Every BetaLicenseAgreement across pages, with the pagination guards.

        ``GET /v1/betaLicenseAgreements`` (betaLicenseAgreements_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements
        """
        return self._paginate("beta_license_agreements.beta_license_agreements_get_collection", locals())

    def list_page(
        self,
        *,
        filter_app: str | Sequence[str] | None = None,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaLicenseAgreementsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaLicenseAgreements`` (betaLicenseAgreements_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements
        """
        return self._call("beta_license_agreements.beta_license_agreements_get_collection", locals())

    def update(
        self,
        id: str,
        /,
        body: BetaLicenseAgreementUpdateRequest | Mapping[str, Any] | None = None,
        *,
        agreement_text: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaLicenseAgreementResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaLicenseAgreements/{id}`` (betaLicenseAgreements_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betalicenseagreements-_id_
        """
        return self._write(
            "beta_license_agreements.beta_license_agreements_update_instance", locals(), _UPDATE_BODY
        )


class AsyncBetaLicenseAgreements(AsyncResource):
    """`asc.beta_license_agreements` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaLicenseAgreementResponse:
        """One request.

        ``GET /v1/betaLicenseAgreements/{id}`` (betaLicenseAgreements_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements-_id_
        """
        return await self._call("beta_license_agreements.beta_license_agreements_get_instance", locals())

    async def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/betaLicenseAgreements/{id}/app`` (betaLicenseAgreements_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements-_id_-app
        """
        return await self._call(
            "beta_license_agreements.beta_license_agreements_app_get_to_one_related", locals()
        )

    async def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaLicenseAgreementAppLinkageResponse:
        """One request.

        ``GET /v1/betaLicenseAgreements/{id}/relationships/app`` (betaLicenseAgreements_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements-_id_-relationships-app
        """
        return await self._call(
            "beta_license_agreements.beta_license_agreements_app_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_app: str | Sequence[str] | None = None,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaLicenseAgreement]:
        """Every BetaLicenseAgreement across pages, with the pagination guards.

        ``GET /v1/betaLicenseAgreements`` (betaLicenseAgreements_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements
        """
        return self._paginate("beta_license_agreements.beta_license_agreements_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_app: str | Sequence[str] | None = None,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaLicenseAgreementsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaLicenseAgreements`` (betaLicenseAgreements_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements
        """
        return await self._call("beta_license_agreements.beta_license_agreements_get_collection", locals())

    async def update(
        self,
        id: str,
        /,
        body: BetaLicenseAgreementUpdateRequest | Mapping[str, Any] | None = None,
        *,
        agreement_text: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaLicenseAgreementResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaLicenseAgreements/{id}`` (betaLicenseAgreements_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betalicenseagreements-_id_
        """
        return await self._write(
            "beta_license_agreements.beta_license_agreements_update_instance", locals(), _UPDATE_BODY
        )
