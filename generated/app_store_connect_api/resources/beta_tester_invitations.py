"""`asc.beta_tester_invitations`: the operations on beta_tester_invitations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.beta_tester_invitation_create_request import BetaTesterInvitationCreateRequest
    from ..models.beta_tester_invitation_response import BetaTesterInvitationResponse

__all__ = ["AsyncBetaTesterInvitations", "BetaTesterInvitations"]

_CREATE_BODY = Body(
    "betaTesterInvitations",
    {},
    {"beta_tester": ("betaTester", "betaTesters", False, False), "app": ("app", "apps", False, True)},
)


class BetaTesterInvitations(SyncResource):
    """`asc.beta_tester_invitations`."""

    def create(
        self,
        /,
        body: BetaTesterInvitationCreateRequest | Mapping[str, Any] | None = None,
        *,
        beta_tester: str | None | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaTesterInvitationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaTesterInvitations`` (betaTesterInvitations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesterinvitations
        """
        return self._write(
            "beta_tester_invitations.beta_tester_invitations_create_instance", locals(), _CREATE_BODY
        )


class AsyncBetaTesterInvitations(AsyncResource):
    """`asc.beta_tester_invitations` (async)."""

    async def create(
        self,
        /,
        body: BetaTesterInvitationCreateRequest | Mapping[str, Any] | None = None,
        *,
        beta_tester: str | None | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaTesterInvitationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaTesterInvitations`` (betaTesterInvitations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesterinvitations
        """
        return await self._write(
            "beta_tester_invitations.beta_tester_invitations_create_instance", locals(), _CREATE_BODY
        )
