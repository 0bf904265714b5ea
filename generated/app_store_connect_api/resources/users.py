"""`asc.users`: the operations on users (generated from the spec; do not edit)."""

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
    from ..models.user import User
    from ..models.user_response import UserResponse
    from ..models.user_update_request import UserUpdateRequest
    from ..models.user_visible_apps_linkages_response import UserVisibleAppsLinkagesResponse
    from ..models.user_visible_apps_linkages_response_data_item import UserVisibleAppsLinkagesResponseDataItem
    from ..models.users_response import UsersResponse

__all__ = ["AsyncUsers", "Users"]

_UPDATE_BODY = Body(
    "users",
    {
        "roles": ("roles", "array", False),
        "all_apps_visible": ("allAppsVisible", "boolean", False),
        "provisioning_allowed": ("provisioningAllowed", "boolean", False),
    },
    {"visible_apps": ("visibleApps", "apps", True, False)},
)


class Users(SyncResource):
    """`asc.users`."""

    def add_visible_apps(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/users/{id}/relationships/visibleApps`` (users_visibleApps_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-users-_id_-relationships-visibleapps
        """
        return self._link_many("users.users_visible_apps_create_to_many_relationship", locals(), "apps")

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/users/{id}`` (users_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-users-_id_
        """
        return self._call("users.users_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_users: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_visible_apps: int | None = None,
        timeout: Timeout = None,
    ) -> UserResponse:
        """One request.

        ``GET /v1/users/{id}`` (users_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_
        """
        return self._call("users.users_get_instance", locals())

    def list(
        self,
        *,
        filter_username: str | Sequence[str] | None = None,
        filter_roles: str | Sequence[str] | None = None,
        filter_visible_apps: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_users: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_visible_apps: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[User]:
        """Every User across pages, with the pagination guards.

        ``GET /v1/users`` (users_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users
        """
        return self._paginate("users.users_get_collection", locals())

    def list_page(
        self,
        *,
        filter_username: str | Sequence[str] | None = None,
        filter_roles: str | Sequence[str] | None = None,
        filter_visible_apps: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_users: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_visible_apps: int | None = None,
        timeout: Timeout = None,
    ) -> UsersResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/users`` (users_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users
        """
        return self._call("users.users_get_collection", locals())

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

        ``GET /v1/users/{id}/visibleApps`` (users_visibleApps_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_-visibleapps
        """
        return self._paginate("users.users_visible_apps_get_to_many_related", locals())

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

        ``GET /v1/users/{id}/visibleApps`` (users_visibleApps_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_-visibleapps
        """
        return self._call("users.users_visible_apps_get_to_many_related", locals())

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
    ) -> Paginator[UserVisibleAppsLinkagesResponseDataItem]:
        """Every UserVisibleAppsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/users/{id}/relationships/visibleApps`` (users_visibleApps_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_-relationships-visibleapps
        """
        return self._paginate("users.users_visible_apps_get_to_many_relationship", locals())

    def list_visible_apps_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> UserVisibleAppsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/users/{id}/relationships/visibleApps`` (users_visibleApps_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_-relationships-visibleapps
        """
        return self._call("users.users_visible_apps_get_to_many_relationship", locals())

    def remove_visible_apps(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/users/{id}/relationships/visibleApps`` (users_visibleApps_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-users-_id_-relationships-visibleapps
        """
        return self._link_many("users.users_visible_apps_delete_to_many_relationship", locals(), "apps")

    def replace_visible_apps(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/users/{id}/relationships/visibleApps`` (users_visibleApps_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-users-_id_-relationships-visibleapps
        """
        return self._link_many("users.users_visible_apps_replace_to_many_relationship", locals(), "apps")

    def update(
        self,
        id: str,
        /,
        body: UserUpdateRequest | Mapping[str, Any] | None = None,
        *,
        roles: Sequence[Any] | None | Unset = UNSET,
        all_apps_visible: bool | None | Unset = UNSET,
        provisioning_allowed: bool | None | Unset = UNSET,
        visible_apps: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> UserResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/users/{id}`` (users_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-users-_id_
        """
        return self._write("users.users_update_instance", locals(), _UPDATE_BODY)


class AsyncUsers(AsyncResource):
    """`asc.users` (async)."""

    async def add_visible_apps(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/users/{id}/relationships/visibleApps`` (users_visibleApps_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-users-_id_-relationships-visibleapps
        """
        return await self._link_many("users.users_visible_apps_create_to_many_relationship", locals(), "apps")

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/users/{id}`` (users_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-users-_id_
        """
        return await self._call("users.users_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_users: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_visible_apps: int | None = None,
        timeout: Timeout = None,
    ) -> UserResponse:
        """One request.

        ``GET /v1/users/{id}`` (users_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_
        """
        return await self._call("users.users_get_instance", locals())

    def list(
        self,
        *,
        filter_username: str | Sequence[str] | None = None,
        filter_roles: str | Sequence[str] | None = None,
        filter_visible_apps: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_users: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_visible_apps: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[User]:
        """Every User across pages, with the pagination guards.

        ``GET /v1/users`` (users_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users
        """
        return self._paginate("users.users_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_username: str | Sequence[str] | None = None,
        filter_roles: str | Sequence[str] | None = None,
        filter_visible_apps: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_users: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_visible_apps: int | None = None,
        timeout: Timeout = None,
    ) -> UsersResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/users`` (users_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users
        """
        return await self._call("users.users_get_collection", locals())

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

        ``GET /v1/users/{id}/visibleApps`` (users_visibleApps_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_-visibleapps
        """
        return self._paginate("users.users_visible_apps_get_to_many_related", locals())

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

        ``GET /v1/users/{id}/visibleApps`` (users_visibleApps_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_-visibleapps
        """
        return await self._call("users.users_visible_apps_get_to_many_related", locals())

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
    ) -> AsyncPaginator[UserVisibleAppsLinkagesResponseDataItem]:
        """Every UserVisibleAppsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/users/{id}/relationships/visibleApps`` (users_visibleApps_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_-relationships-visibleapps
        """
        return self._paginate("users.users_visible_apps_get_to_many_relationship", locals())

    async def list_visible_apps_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> UserVisibleAppsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/users/{id}/relationships/visibleApps`` (users_visibleApps_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_-relationships-visibleapps
        """
        return await self._call("users.users_visible_apps_get_to_many_relationship", locals())

    async def remove_visible_apps(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/users/{id}/relationships/visibleApps`` (users_visibleApps_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-users-_id_-relationships-visibleapps
        """
        return await self._link_many("users.users_visible_apps_delete_to_many_relationship", locals(), "apps")

    async def replace_visible_apps(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/users/{id}/relationships/visibleApps`` (users_visibleApps_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-users-_id_-relationships-visibleapps
        """
        return await self._link_many(
            "users.users_visible_apps_replace_to_many_relationship", locals(), "apps"
        )

    async def update(
        self,
        id: str,
        /,
        body: UserUpdateRequest | Mapping[str, Any] | None = None,
        *,
        roles: Sequence[Any] | None | Unset = UNSET,
        all_apps_visible: bool | None | Unset = UNSET,
        provisioning_allowed: bool | None | Unset = UNSET,
        visible_apps: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> UserResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/users/{id}`` (users_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-users-_id_
        """
        return await self._write("users.users_update_instance", locals(), _UPDATE_BODY)
