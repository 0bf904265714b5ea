"""`asc.beta_app_localizations`: the operations on beta_app_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_without_includes_response import AppWithoutIncludesResponse
    from ..models.beta_app_localization import BetaAppLocalization
    from ..models.beta_app_localization_app_linkage_response import BetaAppLocalizationAppLinkageResponse
    from ..models.beta_app_localization_create_request import BetaAppLocalizationCreateRequest
    from ..models.beta_app_localization_response import BetaAppLocalizationResponse
    from ..models.beta_app_localization_update_request import BetaAppLocalizationUpdateRequest
    from ..models.beta_app_localizations_response import BetaAppLocalizationsResponse

__all__ = ["AsyncBetaAppLocalizations", "BetaAppLocalizations"]

_CREATE_BODY = Body(
    "betaAppLocalizations",
    {
        "feedback_email": ("feedbackEmail", "string", False),
        "marketing_url": ("marketingUrl", "string", False),
        "privacy_policy_url": ("privacyPolicyUrl", "string", False),
        "tv_os_privacy_policy": ("tvOsPrivacyPolicy", "string", False),
        "description": ("description", "string", False),
        "locale": ("locale", "string", True),
    },
    {"app": ("app", "apps", False, True)},
)
_UPDATE_BODY = Body(
    "betaAppLocalizations",
    {
        "feedback_email": ("feedbackEmail", "string", False),
        "marketing_url": ("marketingUrl", "string", False),
        "privacy_policy_url": ("privacyPolicyUrl", "string", False),
        "tv_os_privacy_policy": ("tvOsPrivacyPolicy", "string", False),
        "description": ("description", "string", False),
    },
    {},
)


class BetaAppLocalizations(SyncResource):
    """`asc.beta_app_localizations`."""

    def create(
        self,
        /,
        body: BetaAppLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        feedback_email: str | None | Unset = UNSET,
        marketing_url: str | None | Unset = UNSET,
        privacy_policy_url: str | None | Unset = UNSET,
        tv_os_privacy_policy: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        locale: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaAppLocalizations`` (betaAppLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaapplocalizations
        """
        return self._write(
            "beta_app_localizations.beta_app_localizations_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaAppLocalizations/{id}`` (betaAppLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betaapplocalizations-_id_
        """
        return self._call("beta_app_localizations.beta_app_localizations_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppLocalizationResponse:
        """One request.

        ``GET /v1/betaAppLocalizations/{id}`` (betaAppLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations-_id_
        """
        return self._call("beta_app_localizations.beta_app_localizations_get_instance", locals())

    def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/betaAppLocalizations/{id}/app`` (betaAppLocalizations_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations-_id_-app
        """
        return self._call("beta_app_localizations.beta_app_localizations_app_get_to_one_related", locals())

    def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaAppLocalizationAppLinkageResponse:
        """One request.

        ``GET /v1/betaAppLocalizations/{id}/relationships/app`` (betaAppLocalizations_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations-_id_-relationships-app
        """
        return self._call(
            "beta_app_localizations.beta_app_localizations_app_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_locale: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaAppLocalization]:
        """Every BetaAppLocalization across pages, with the pagination guards.

        ``GET /v1/betaAppLocalizations`` (betaAppLocalizations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations
        """
        return self._paginate("beta_app_localizations.beta_app_localizations_get_collection", locals())

    def list_page(
        self,
        *,
        filter_locale: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaAppLocalizations`` (betaAppLocalizations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations
        """
        return self._call("beta_app_localizations.beta_app_localizations_get_collection", locals())

    def update(
        self,
        id: str,
        /,
        body: BetaAppLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        feedback_email: str | None | Unset = UNSET,
        marketing_url: str | None | Unset = UNSET,
        privacy_policy_url: str | None | Unset = UNSET,
        tv_os_privacy_policy: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaAppLocalizations/{id}`` (betaAppLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaapplocalizations-_id_
        """
        return self._write(
            "beta_app_localizations.beta_app_localizations_update_instance", locals(), _UPDATE_BODY
        )


class AsyncBetaAppLocalizations(AsyncResource):
    """`asc.beta_app_localizations` (async)."""

    async def create(
        self,
        /,
        body: BetaAppLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        feedback_email: str | None | Unset = UNSET,
        marketing_url: str | None | Unset = UNSET,
        privacy_policy_url: str | None | Unset = UNSET,
        tv_os_privacy_policy: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        locale: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaAppLocalizations`` (betaAppLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaapplocalizations
        """
        return await self._write(
            "beta_app_localizations.beta_app_localizations_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaAppLocalizations/{id}`` (betaAppLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betaapplocalizations-_id_
        """
        return await self._call("beta_app_localizations.beta_app_localizations_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppLocalizationResponse:
        """One request.

        ``GET /v1/betaAppLocalizations/{id}`` (betaAppLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations-_id_
        """
        return await self._call("beta_app_localizations.beta_app_localizations_get_instance", locals())

    async def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/betaAppLocalizations/{id}/app`` (betaAppLocalizations_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations-_id_-app
        """
        return await self._call(
            "beta_app_localizations.beta_app_localizations_app_get_to_one_related", locals()
        )

    async def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaAppLocalizationAppLinkageResponse:
        """One request.

        ``GET /v1/betaAppLocalizations/{id}/relationships/app`` (betaAppLocalizations_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations-_id_-relationships-app
        """
        return await self._call(
            "beta_app_localizations.beta_app_localizations_app_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_locale: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaAppLocalization]:
        """Every BetaAppLocalization across pages, with the pagination guards.

        ``GET /v1/betaAppLocalizations`` (betaAppLocalizations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations
        """
        return self._paginate("beta_app_localizations.beta_app_localizations_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_locale: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaAppLocalizations`` (betaAppLocalizations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations
        """
        return await self._call("beta_app_localizations.beta_app_localizations_get_collection", locals())

    async def update(
        self,
        id: str,
        /,
        body: BetaAppLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        feedback_email: str | None | Unset = UNSET,
        marketing_url: str | None | Unset = UNSET,
        privacy_policy_url: str | None | Unset = UNSET,
        tv_os_privacy_policy: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaAppLocalizations/{id}`` (betaAppLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaapplocalizations-_id_
        """
        return await self._write(
            "beta_app_localizations.beta_app_localizations_update_instance", locals(), _UPDATE_BODY
        )
