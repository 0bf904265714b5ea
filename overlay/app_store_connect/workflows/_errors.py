"""Errors of the workflows: all under `AppStoreConnectError`, each saying what to do next."""

from __future__ import annotations

from collections.abc import Sequence

from .._errors import AppStoreConnectError, ConfigurationError


class WorkflowError(AppStoreConnectError):
    """A release workflow stopped; the message says why and what to do. Running it again is safe."""


class WorkflowArgumentError(WorkflowError, ConfigurationError):
    """Bad arguments, found before any write was sent."""


class BuildProcessingError(WorkflowError):
    """Apple finished processing the build as INVALID (or FAILED); `reasons` are Apple's, when given."""

    def __init__(self, build_id: str, state: str, reasons: Sequence[str]) -> None:
        self.build_id, self.state, self.reasons = build_id, state, tuple(reasons)
        why = (
            "; ".join(reason.rstrip(". ") for reason in reasons)
            if reasons
            else "Apple gave no reason through the API (see its email)"
        )
        super().__init__(
            f"build {build_id} ended processing {state}: {why}. Fix the binary and upload a new build number."
        )


class WaitTimeoutError(WorkflowError):
    """The deadline passed while waiting; the work goes on at Apple, run again to keep waiting."""


class SubmissionBlockedError(WorkflowError):
    """Apple refused to submit for review (409); `blockers` are its associated errors in plain words."""

    def __init__(self, what: str, blockers: Sequence[str]) -> None:
        self.blockers = tuple(blockers)
        lines = "\n".join(f"  - {line}" for line in blockers)
        super().__init__(f"{what} cannot be submitted for review:\n{lines}\nFix these, then run again.")


class OutcomeUnknownError(WorkflowError):
    """A write failed in a way that may have taken effect (a 5xx or a cut connection) and a read could not
    tell; nothing was sent twice (Q6, Q14). Run the workflow again: it finds what exists and goes on."""
