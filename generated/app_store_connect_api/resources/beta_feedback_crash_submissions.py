"""`asc.beta_feedback_crash_submissions`: the operations on beta_feedback_crash_submissions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.beta_crash_log_response import BetaCrashLogResponse
    from ..models.beta_feedback_crash_submission_crash_log_linkage_response import (
        BetaFeedbackCrashSubmissionCrashLogLinkageResponse,
    )
    from ..models.beta_feedback_crash_submission_response import BetaFeedbackCrashSubmissionResponse

__all__ = ["AsyncBetaFeedbackCrashSubmissions", "BetaFeedbackCrashSubmissions"]


class BetaFeedbackCrashSubmissions(SyncResource):
    """`asc.beta_feedback_crash_submissions`."""

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaFeedbackCrashSubmissions/{id}`` (betaFeedbackCrashSubmissions_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betafeedbackcrashsubmissions-_id_
        """
        return self._call(
            "beta_feedback_crash_submissions.beta_feedback_crash_submissions_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_beta_feedback_crash_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaFeedbackCrashSubmissionResponse:
        """One request.

        ``GET /v1/betaFeedbackCrashSubmissions/{id}`` (betaFeedbackCrashSubmissions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_
        """
        return self._call(
            "beta_feedback_crash_submissions.beta_feedback_crash_submissions_get_instance", locals()
        )

    def get_crash_log(
        self,
        id: str,
        /,
        *,
        fields_beta_crash_logs: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaCrashLogResponse:
        """One request.

        ``GET /v1/betaFeedbackCrashSubmissions/{id}/crashLog`` (betaFeedbackCrashSubmissions_crashLog_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_-crashlog
        """
        return self._call(
            "beta_feedback_crash_submissions.beta_feedback_crash_submissions_crash_log_get_to_one_related",
            locals(),
        )

    def get_crash_log_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaFeedbackCrashSubmissionCrashLogLinkageResponse:
        """One request.

        ``GET /v1/betaFeedbackCrashSubmissions/{id}/relationships/crashLog`` (betaFeedbackCrashSubmissions_crashLog_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_-relationships-crashlog
        """
        return self._call(
            "beta_feedback_crash_submissions.beta_feedback_crash_submissions_crash_log_get_to_one_relationship",
            locals(),
        )


class AsyncBetaFeedbackCrashSubmissions(AsyncResource):
    """`asc.beta_feedback_crash_submissions` (async)."""

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaFeedbackCrashSubmissions/{id}`` (betaFeedbackCrashSubmissions_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betafeedbackcrashsubmissions-_id_
        """
        return await self._call(
            "beta_feedback_crash_submissions.beta_feedback_crash_submissions_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_beta_feedback_crash_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaFeedbackCrashSubmissionResponse:
        """One request.

        ``GET /v1/betaFeedbackCrashSubmissions/{id}`` (betaFeedbackCrashSubmissions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_
        """
        return await self._call(
            "beta_feedback_crash_submissions.beta_feedback_crash_submissions_get_instance", locals()
        )

    async def get_crash_log(
        self,
        id: str,
        /,
        *,
        fields_beta_crash_logs: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaCrashLogResponse:
        """One request.

        ``GET /v1/betaFeedbackCrashSubmissions/{id}/crashLog`` (betaFeedbackCrashSubmissions_crashLog_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_-crashlog
        """
        return await self._call(
            "beta_feedback_crash_submissions.beta_feedback_crash_submissions_crash_log_get_to_one_related",
            locals(),
        )

    async def get_crash_log_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaFeedbackCrashSubmissionCrashLogLinkageResponse:
        """One request.

        ``GET /v1/betaFeedbackCrashSubmissions/{id}/relationships/crashLog`` (betaFeedbackCrashSubmissions_crashLog_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_-relationships-crashlog
        """
        return await self._call(
            "beta_feedback_crash_submissions.beta_feedback_crash_submissions_crash_log_get_to_one_relationship",
            locals(),
        )
