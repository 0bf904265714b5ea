"""Value types of uploads: delivery states as Apple reports them, progress events, results."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

AWAITING_UPLOAD = "AWAITING_UPLOAD"
COMPLETE = "COMPLETE"
FAILED = "FAILED"
FINAL_STATES = frozenset({COMPLETE, FAILED})  # Q13: UPLOAD_COMPLETE (and PROCESSING) are not the end


@dataclass(frozen=True)
class DeliveryIssue:
    """One entry of a delivery state's `errors` or `warnings`, e.g. `IMAGE_INCORRECT_DIMENSIONS`."""

    code: str | None
    description: str | None

    def __str__(self) -> str:
        return ": ".join(text for text in (self.code, self.description) if text) or "no description"


@dataclass(frozen=True)
class DeliveryState:
    """Where Apple is with a file: `state` (None when Apple sent none), its errors and warnings."""

    state: str | None
    errors: tuple[DeliveryIssue, ...] = ()
    warnings: tuple[DeliveryIssue, ...] = ()

    @property
    def awaiting_upload(self) -> bool:
        """Whether Apple still waits for the parts and the commit."""
        return self.state == AWAITING_UPLOAD

    @property
    def final(self) -> bool:
        """Whether the state will not change any more (`COMPLETE` or `FAILED`)."""
        return self.state in FINAL_STATES


class Phase(StrEnum):
    """The steps of an upload, in order, as reported to a progress callback."""

    RESERVED = "reserved"  # Apple reserved the file and sent its upload operations
    UPLOADING = "uploading"  # after each part: `sent_bytes` of `total_bytes`
    COMMITTED = "committed"  # Apple confirmed the commit (`uploaded: true`)
    PROCESSING = "processing"  # after each poll of the delivery state, in `state`
    DONE = "done"  # COMPLETE


@dataclass(frozen=True)
class UploadProgress:
    """One progress event; `state` is Apple's delivery state when known."""

    phase: Phase
    sent_bytes: int
    total_bytes: int
    state: str | None = None


ProgressCallback = Callable[[UploadProgress], None]
"""Called with each `UploadProgress`; with the sync client, from worker threads too (one at a time)."""


@dataclass(frozen=True)
class BuildStatus:
    """What a build upload produced: the build (when Apple links it already) and its processing state."""

    upload_id: str
    build_id: str | None  # None when Apple has not linked the build yet (Q14: reads lag writes)
    version: str | None  # the build's CFBundleVersion
    processing_state: str | None  # e.g. PROCESSING, VALID, INVALID


@dataclass(frozen=True)
class UploadResult:
    """A finished upload: the asset, its final state, the MD5 sent, and for builds the build."""

    kind: str  # the asset's resource type, e.g. "appScreenshots", "buildUploadFiles"
    asset_id: str
    state: str
    size: int
    checksum: str | None  # MD5 hex; None when resumed after the commit had already happened
    warnings: tuple[DeliveryIssue, ...] = ()
    build: BuildStatus | None = None
