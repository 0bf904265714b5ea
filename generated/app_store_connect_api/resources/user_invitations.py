"""`asc.user_invitations`: the operations on user_invitations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app import App
    from ..models.apps_without_includes_response import AppsWithoutIncludesResponse
    from ..models.user_invitation import UserInvitation
    from ..models.user_invitation_create_request import UserInvitationCreateRequest
    from ..models.user_invitation_response import UserInvitationResponse
    from ..models.user_invitation_visible_apps_linkages_response import (
        UserInvitationVisibleAppsLinkagesResponse,
    )
    from ..models.user_invitation_visible_apps_linkages_response_data_item import (
        UserInvitationVisibleAppsLinkagesResponseDataItem,
    )
    from ..models.user_invitations_response import UserInvitationsResponse

__all__ = ["AsyncUserInvitations", "UserInvitations"]

_CREATE_BODY = Body(
    "userInvitations",
    {
        "email": ("email", "string", True),
        "first_name": ("firstName", "string", True),
        "last_name": ("lastName", "string", True),
        "roles": ("roles", "array", True),
        "all_apps_visible": ("allAppsVisible", "boolean", False),
        "provisioning_allowed": ("provisioningAllowed", "boolean", False),
    },
    {"visible_apps": ("visibleApps", "apps", True, False)},
)


class UserInvitations(SyncResource):
    """`asc.user_invitations`."""

    def create(
        self,
        /,
        body: UserInvitationCreateRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        roles: Sequence[Any] | Unset = UNSET,
        all_apps_visible: bool | None | Unset = UNSET,
        provisioning_allowed: bool | None | Unset = UNSET,
        visible_apps: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> UserInvitationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/userInvitations`` (userInvitations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-userinvitations
        """
        return self._write("user_invitations.user_invitations_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/userInvitations/{id}`` (userInvitations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-userinvitations-_id_
        """
        return self._call("user_invitations.user_invitations_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_user_invitations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_visible_apps: int | None = None,
        timeout: Timeout = None,
    ) -> UserInvitationResponse:
        """One request.

        ``GET /v1/userInvitations/{id}`` (userInvitations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_
        """
        return self._call("user_invitations.user_invitations_get_instance", locals())

    def list(
        self,
        *,
        filter_email: str | Sequence[str] | None = None,
        filter_roles: str | Sequence[str] | None = None,
        filter_visible_apps: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_user_invitations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_visible_apps: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[UserInvitation]:
        """Every UserInvitation across pages, with the pagination guards.

        ``GET /v1/userInvitations`` (userInvitations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations
        """
        return self._paginate("user_invitations.user_invitations_get_collection", locals())

    def list_page(
        self,
        *,
        filter_email: str | Sequence[str] | None = None,
        filter_roles: str | Sequence[str] | None = None,
        filter_visible_apps: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_user_invitations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_visible_apps: int | None = None,
        timeout: Timeout = None,
    ) -> UserInvitationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/userInvitations`` (userInvitations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations
        """
        return self._call("user_invitations.user_invitations_get_collection", locals())

    def list_visible_apps(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[App]:
        """Every App across pages, with the pagination guards.

        ``GET /v1/userInvitations/{id}/visibleApps`` (userInvitations_visibleApps_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_-visibleapps
        """
        return self._paginate("user_invitations.user_invitations_visible_apps_get_to_many_related", locals())

    def list_visible_apps_page(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/userInvitations/{id}/visibleApps`` (userInvitations_visibleApps_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_-visibleapps
        """
        return self._call("user_invitations.user_invitations_visible_apps_get_to_many_related", locals())

    def list_visible_apps_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[UserInvitationVisibleAppsLinkagesResponseDataItem]:
        """Every UserInvitationVisibleAppsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/userInvitations/{id}/relationships/visibleApps`` (userInvitations_visibleApps_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_-relationships-visibleapps
        """
        return self._paginate(
            "user_invitations.user_invitations_visible_apps_get_to_many_relationship", locals()
        )

    def list_visible_apps_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> UserInvitationVisibleAppsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/userInvitations/{id}/relationships/visibleApps`` (userInvitations_visibleApps_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_-relationships-visibleapps
        """
        return self._call("user_invitations.user_invitations_visible_apps_get_to_many_relationship", locals())


class AsyncUserInvitations(AsyncResource):
    """`asc.user_invitations` (async)."""

    async def create(
        self,
        /,
        body: UserInvitationCreateRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        roles: Sequence[Any] | Unset = UNSET,
        all_apps_visible: bool | None | Unset = UNSET,
        provisioning_allowed: bool | None | Unset = UNSET,
        visible_apps: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> UserInvitationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/userInvitations`` (userInvitations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-userinvitations
        """
        return await self._write("user_invitations.user_invitations_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/userInvitations/{id}`` (userInvitations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-userinvitations-_id_
        """
        return await self._call("user_invitations.user_invitations_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_user_invitations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_visible_apps: int | None = None,
        timeout: Timeout = None,
    ) -> UserInvitationResponse:
        """One request.

        ``GET /v1/userInvitations/{id}`` (userInvitations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_
        """
        return await self._call("user_invitations.user_invitations_get_instance", locals())

    def list(
        self,
        *,
        filter_email: str | Sequence[str] | None = None,
        filter_roles: str | Sequence[str] | None = None,
        filter_visible_apps: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_user_invitations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_visible_apps: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[UserInvitation]:
        """Every UserInvitation across pages, with the pagination guards.

        ``GET /v1/userInvitations`` (userInvitations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations
        """
        return self._paginate("user_invitations.user_invitations_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_email: str | Sequence[str] | None = None,
        filter_roles: str | Sequence[str] | None = None,
        filter_visible_apps: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_user_invitations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_visible_apps: int | None = None,
        timeout: Timeout = None,
    ) -> UserInvitationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/userInvitations`` (userInvitations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations
        """
        return await self._call("user_invitations.user_invitations_get_collection", locals())

    def list_visible_apps(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[App]:
        """Every App across pages, with the pagination guards.

        ``GET /v1/userInvitations/{id}/visibleApps`` (userInvitations_visibleApps_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_-visibleapps
        """
        return self._paginate("user_invitations.user_invitations_visible_apps_get_to_many_related", locals())

    async def list_visible_apps_page(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/userInvitations/{id}/visibleApps`` (userInvitations_visibleApps_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_-visibleapps
        """
        return await self._call(
            "user_invitations.user_invitations_visible_apps_get_to_many_related", locals()
        )

    def list_visible_apps_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[UserInvitationVisibleAppsLinkagesResponseDataItem]:
        """Every UserInvitationVisibleAppsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/userInvitations/{id}/relationships/visibleApps`` (userInvitations_visibleApps_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_-relationships-visibleapps
        """
        return self._paginate(
            "user_invitations.user_invitations_visible_apps_get_to_many_relationship", locals()
        )

    async def list_visible_apps_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> UserInvitationVisibleAppsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/userInvitations/{id}/relationships/visibleApps`` (userInvitations_visibleApps_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_-relationships-visibleapps
        """
        return await self._call(
            "user_invitations.user_invitations_visible_apps_get_to_many_relationship", locals()
        )
