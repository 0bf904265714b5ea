"""`asc.beta_crash_logs`: the operations on beta_crash_logs (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.beta_crash_log_response import BetaCrashLogResponse

__all__ = ["AsyncBetaCrashLogs", "BetaCrashLogs"]


class BetaCrashLogs(SyncResource):
    """`asc.beta_crash_logs`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_beta_crash_logs: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaCrashLogResponse:
        """One request.

        ``GET /v1/betaCrashLogs/{id}`` (betaCrashLogs_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betacrashlogs-_id_
        """
        return self._call("beta_crash_logs.beta_crash_logs_get_instance", locals())


class AsyncBetaCrashLogs(AsyncResource):
    """`asc.beta_crash_logs` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_beta_crash_logs: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaCrashLogResponse:
        """One request.

        ``GET /v1/betaCrashLogs/{id}`` (betaCrashLogs_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betacrashlogs-_id_
        """
        return await self._call("beta_crash_logs.beta_crash_logs_get_instance", locals())
