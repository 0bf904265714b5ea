"""`asc.ci_issues`: the operations on ci_issues (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.ci_issue_response import CiIssueResponse

__all__ = ["AsyncCiIssues", "CiIssues"]


class CiIssues(SyncResource):
    """`asc.ci_issues`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_ci_issues: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiIssueResponse:
        """One request.

        ``GET /v1/ciIssues/{id}`` (ciIssues_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciissues-_id_
        """
        return self._call("ci_issues.ci_issues_get_instance", locals())


class AsyncCiIssues(AsyncResource):
    """`asc.ci_issues` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_ci_issues: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiIssueResponse:
        """One request.

        ``GET /v1/ciIssues/{id}`` (ciIssues_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciissues-_id_
        """
        return await self._call("ci_issues.ci_issues_get_instance", locals())
