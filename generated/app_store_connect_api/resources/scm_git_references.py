"""`asc.scm_git_references`: the operations on scm_git_references (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.scm_git_reference_response import ScmGitReferenceResponse

__all__ = ["AsyncScmGitReferences", "ScmGitReferences"]


class ScmGitReferences(SyncResource):
    """`asc.scm_git_references`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmGitReferenceResponse:
        """One request.

        ``GET /v1/scmGitReferences/{id}`` (scmGitReferences_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmgitreferences-_id_
        """
        return self._call("scm_git_references.scm_git_references_get_instance", locals())


class AsyncScmGitReferences(AsyncResource):
    """`asc.scm_git_references` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_scm_git_references: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ScmGitReferenceResponse:
        """One request.

        ``GET /v1/scmGitReferences/{id}`` (scmGitReferences_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmgitreferences-_id_
        """
        return await self._call("scm_git_references.scm_git_references_get_instance", locals())
