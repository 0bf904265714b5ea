"""`asc.ci_test_results`: the operations on ci_test_results (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.ci_test_result_response import CiTestResultResponse

__all__ = ["AsyncCiTestResults", "CiTestResults"]


class CiTestResults(SyncResource):
    """`asc.ci_test_results`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_ci_test_results: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiTestResultResponse:
        """One request.

        ``GET /v1/ciTestResults/{id}`` (ciTestResults_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-citestresults-_id_
        """
        return self._call("ci_test_results.ci_test_results_get_instance", locals())


class AsyncCiTestResults(AsyncResource):
    """`asc.ci_test_results` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_ci_test_results: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CiTestResultResponse:
        """One request.

        ``GET /v1/ciTestResults/{id}`` (ciTestResults_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-citestresults-_id_
        """
        return await self._call("ci_test_results.ci_test_results_get_instance", locals())
