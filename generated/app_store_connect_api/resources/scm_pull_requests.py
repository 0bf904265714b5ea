"""`asc.scm_pull_requests`: the operations on scm_pull_requests (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.scm_pull_request_response import ScmPullRequestResponse

__all__ = ["AsyncScmPullRequests", "ScmPullRequests"]


class ScmPullRequests(SyncResource):
    """`asc.scm_pull_requests`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmPullRequestResponse:
        """One request.

        ``GET /v1/scmPullRequests/{id}`` (scmPullRequests_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmpullrequests-_id_
        """
        return self._call("scm_pull_requests.scm_pull_requests_get_instance", locals())


class AsyncScmPullRequests(AsyncResource):
    """`asc.scm_pull_requests` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_scm_pull_requests: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmPullRequestResponse:
        """One request.

        ``GET /v1/scmPullRequests/{id}`` (scmPullRequests_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmpullrequests-_id_
        """
        return await self._call("scm_pull_requests.scm_pull_requests_get_instance", locals())
