"""Errors of the upload helpers; all derive from the library's one exception tree."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._errors import AppStoreConnectError, ConfigurationError

if TYPE_CHECKING:
    from ._plan import Part
    from ._state import UploadState
    from ._types import DeliveryIssue

_RESUME = "Resume it with `resume_upload(asc, error.state)` (or `async_resume_upload`)."


class UploadArgumentError(ConfigurationError):
    """An upload was asked for with input that cannot work (no such file, empty file, unknown platform)."""


class UploadError(AppStoreConnectError):
    """An upload failed; when `state` is set, `resume_upload(asc, error.state)` continues it.

    `reason` is the message without the advice to resume, for callers that resume another way.
    """

    def __init__(self, message: str, *, state: UploadState | None = None) -> None:
        self.state = state
        self.reason = message
        super().__init__(f"{message} {_RESUME}" if state is not None else message)


class UploadPlanError(UploadError):
    """Apple's upload operations do not cover the file exactly once (gaps, overlaps, missing fields)."""


class CreateUncertainError(UploadError):
    """A reservation (a create) failed in a way that may have created it anyway; it was not re-sent (Q14)."""


@dataclass(frozen=True)
class PartFailure:
    """One part that could not be sent, after the client's retries, and why."""

    part: Part
    parts: int  # how many parts the file has
    error: Exception

    def __str__(self) -> str:
        return f"{self.part.describe(self.parts)}: {self.error}"


class UploadPartError(UploadError):
    """Parts of the file could not be sent; `failures` says which and why, `state` lists the parts done."""

    def __init__(self, file_name: str, failures: Sequence[PartFailure], *, state: UploadState) -> None:
        self.failures = tuple(failures)
        done = len(state.done)
        reasons = "; ".join(str(failure) for failure in self.failures)
        super().__init__(
            f"uploading {file_name} failed: {reasons}. {done} part(s) are done and will not be sent again.",
            state=state,
        )


class DeliveryFailedError(UploadError):
    """Apple received the file but refused it (`FAILED`); `errors` is Apple's list of reasons."""

    def __init__(
        self, what: str, errors: Sequence[DeliveryIssue], warnings: Sequence[DeliveryIssue] = ()
    ) -> None:
        self.errors = tuple(errors)
        self.warnings = tuple(warnings)
        listed = "; ".join(str(issue) for issue in self.errors) or "Apple gave no reason"
        noted = f" Warnings: {'; '.join(str(issue) for issue in self.warnings)}." if self.warnings else ""
        super().__init__(
            f"Apple could not process {what}: {listed}.{noted} Fix the file and upload it again."
        )


class UploadTimeoutError(UploadError):
    """The delivery state did not reach `COMPLETE` or `FAILED` in time; `last_state` is what was seen."""

    def __init__(self, what: str, last_state: str | None, timeout: float, *, state: UploadState) -> None:
        self.last_state = last_state
        super().__init__(
            f"{what} was still {last_state or 'in an unknown state'} after {timeout:.0f}s of polling; "
            "Apple may just be slow.",
            state=state,
        )
