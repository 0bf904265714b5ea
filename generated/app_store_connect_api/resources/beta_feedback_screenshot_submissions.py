"""`asc.beta_feedback_screenshot_submissions`: the operations on beta_feedback_screenshot_submissions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.beta_feedback_screenshot_submission_response import BetaFeedbackScreenshotSubmissionResponse

__all__ = ["AsyncBetaFeedbackScreenshotSubmissions", "BetaFeedbackScreenshotSubmissions"]


class BetaFeedbackScreenshotSubmissions(SyncResource):
    """`asc.beta_feedback_screenshot_submissions`."""

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaFeedbackScreenshotSubmissions/{id}`` (betaFeedbackScreenshotSubmissions_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betafeedbackscreenshotsubmissions-_id_
        """
        return self._call(
            "beta_feedback_screenshot_submissions.beta_feedback_screenshot_submissions_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_beta_feedback_screenshot_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaFeedbackScreenshotSubmissionResponse:
        """One request.

        ``GET /v1/betaFeedbackScreenshotSubmissions/{id}`` (betaFeedbackScreenshotSubmissions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackscreenshotsubmissions-_id_
        """
        return self._call(
            "beta_feedback_screenshot_submissions.beta_feedback_screenshot_submissions_get_instance", locals()
        )


class AsyncBetaFeedbackScreenshotSubmissions(AsyncResource):
    """`asc.beta_feedback_screenshot_submissions` (async)."""

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/betaFeedbackScreenshotSubmissions/{id}`` (betaFeedbackScreenshotSubmissions_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betafeedbackscreenshotsubmissions-_id_
        """
        return await self._call(
            "beta_feedback_screenshot_submissions.beta_feedback_screenshot_submissions_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_beta_feedback_screenshot_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaFeedbackScreenshotSubmissionResponse:
        """One request.

        ``GET /v1/betaFeedbackScreenshotSubmissions/{id}`` (betaFeedbackScreenshotSubmissions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackscreenshotsubmissions-_id_
        """
        return await self._call(
            "beta_feedback_screenshot_submissions.beta_feedback_screenshot_submissions_get_instance", locals()
        )
