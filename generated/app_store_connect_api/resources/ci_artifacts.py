"""`asc.ci_artifacts`: the operations on ci_artifacts (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.ci_artifact_response import CiArtifactResponse

__all__ = ["AsyncCiArtifacts", "CiArtifacts"]


class CiArtifacts(SyncResource):
    """`asc.ci_artifacts`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_ci_artifacts: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiArtifactResponse:
        """One request.

        ``GET /v1/ciArtifacts/{id}`` (ciArtifacts_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciartifacts-_id_
        """
        return self._call("ci_artifacts.ci_artifacts_get_instance", locals())


class AsyncCiArtifacts(AsyncResource):
    """`asc.ci_artifacts` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_ci_artifacts: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiArtifactResponse:
        """One request.

        ``GET /v1/ciArtifacts/{id}`` (ciArtifacts_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciartifacts-_id_
        """
        return await self._call("ci_artifacts.ci_artifacts_get_instance", locals())
