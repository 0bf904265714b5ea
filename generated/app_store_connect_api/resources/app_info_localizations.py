"""`asc.app_info_localizations`: the operations on app_info_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.app_info_localization_create_request import AppInfoLocalizationCreateRequest
    from ..models.app_info_localization_response import AppInfoLocalizationResponse
    from ..models.app_info_localization_update_request import AppInfoLocalizationUpdateRequest

__all__ = ["AppInfoLocalizations", "AsyncAppInfoLocalizations"]

_CREATE_BODY = Body(
    "appInfoLocalizations",
    {
        "locale": ("locale", "string", True),
        "name": ("name", "string", True),
        "subtitle": ("subtitle", "string", False),
        "privacy_policy_url": ("privacyPolicyUrl", "string", False),
        "privacy_choices_url": ("privacyChoicesUrl", "string", False),
        "privacy_policy_text": ("privacyPolicyText", "string", False),
    },
    {"app_info": ("appInfo", "appInfos", False, True)},
)
_UPDATE_BODY = Body(
    "appInfoLocalizations",
    {
        "name": ("name", "string", False),
        "subtitle": ("subtitle", "string", False),
        "privacy_policy_url": ("privacyPolicyUrl", "string", False),
        "privacy_choices_url": ("privacyChoicesUrl", "string", False),
        "privacy_policy_text": ("privacyPolicyText", "string", False),
    },
    {},
)


class AppInfoLocalizations(SyncResource):
    """`asc.app_info_localizations`."""

    def create(
        self,
        /,
        body: AppInfoLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        subtitle: str | None | Unset = UNSET,
        privacy_policy_url: str | None | Unset = UNSET,
        privacy_choices_url: str | None | Unset = UNSET,
        privacy_policy_text: str | None | Unset = UNSET,
        app_info: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppInfoLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appInfoLocalizations`` (appInfoLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appinfolocalizations
        """
        return self._write(
            "app_info_localizations.app_info_localizations_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appInfoLocalizations/{id}`` (appInfoLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appinfolocalizations-_id_
        """
        return self._call("app_info_localizations.app_info_localizations_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_info_localizations: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppInfoLocalizationResponse:
        """One request.

        ``GET /v1/appInfoLocalizations/{id}`` (appInfoLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfolocalizations-_id_
        """
        return self._call("app_info_localizations.app_info_localizations_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: AppInfoLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        subtitle: str | None | Unset = UNSET,
        privacy_policy_url: str | None | Unset = UNSET,
        privacy_choices_url: str | None | Unset = UNSET,
        privacy_policy_text: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppInfoLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appInfoLocalizations/{id}`` (appInfoLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appinfolocalizations-_id_
        """
        return self._write(
            "app_info_localizations.app_info_localizations_update_instance", locals(), _UPDATE_BODY
        )


class AsyncAppInfoLocalizations(AsyncResource):
    """`asc.app_info_localizations` (async)."""

    async def create(
        self,
        /,
        body: AppInfoLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        subtitle: str | None | Unset = UNSET,
        privacy_policy_url: str | None | Unset = UNSET,
        privacy_choices_url: str | None | Unset = UNSET,
        privacy_policy_text: str | None | Unset = UNSET,
        app_info: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppInfoLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appInfoLocalizations`` (appInfoLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appinfolocalizations
        """
        return await self._write(
            "app_info_localizations.app_info_localizations_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appInfoLocalizations/{id}`` (appInfoLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appinfolocalizations-_id_
        """
        return await self._call("app_info_localizations.app_info_localizations_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_info_localizations: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppInfoLocalizationResponse:
        """One request.

        ``GET /v1/appInfoLocalizations/{id}`` (appInfoLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfolocalizations-_id_
        """
        return await self._call("app_info_localizations.app_info_localizations_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: AppInfoLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        subtitle: str | None | Unset = UNSET,
        privacy_policy_url: str | None | Unset = UNSET,
        privacy_choices_url: str | None | Unset = UNSET,
        privacy_policy_text: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppInfoLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appInfoLocalizations/{id}`` (appInfoLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appinfolocalizations-_id_
        """
        return await self._write(
            "app_info_localizations.app_info_localizations_update_instance", locals(), _UPDATE_BODY
        )
