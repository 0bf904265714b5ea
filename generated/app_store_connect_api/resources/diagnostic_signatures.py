"""`asc.diagnostic_signatures`: the operations on diagnostic_signatures (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from app_store_connect._resources import Timeout

    from ..models.diagnostic_logs import DiagnosticLogs

__all__ = ["AsyncDiagnosticSignatures", "DiagnosticSignatures"]


class DiagnosticSignatures(SyncResource):
    """`asc.diagnostic_signatures`."""

    def list_logs(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> DiagnosticLogs:
        """One request.

        ``GET /v1/diagnosticSignatures/{id}/logs`` (diagnosticSignatures_logs_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-diagnosticsignatures-_id_-logs
        """
        return self._call("diagnostic_signatures.diagnostic_signatures_logs_get_to_many_related", locals())


class AsyncDiagnosticSignatures(AsyncResource):
    """`asc.diagnostic_signatures` (async)."""

    async def list_logs(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> DiagnosticLogs:
        """One request.

        ``GET /v1/diagnosticSignatures/{id}/logs`` (diagnosticSignatures_logs_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-diagnosticsignatures-_id_-logs
        """
        return await self._call(
            "diagnostic_signatures.diagnostic_signatures_logs_get_to_many_related", locals()
        )
