"""The upload state machine, written once for both clients: reserve -> parts -> commit -> poll.

Each function is a flow of the library's step engine (`.._steps`), which runs it with either client.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from app_store_connect_api.models.platform import Platform

from .._errors import ConflictError
from .._retry import RetryPolicy
from .._steps import CALL_FAILURES, Call, Flow, Wait, brief, call, outcome_unknown
from ._build import BuildArguments, build_arguments, build_upload_status, watch_build_upload
from ._errors import (
    CreateUncertainError,
    DeliveryFailedError,
    UploadArgumentError,
    UploadError,
    UploadPartError,
    UploadTimeoutError,
)
from ._kinds import BUILD_FILES, AssetKind, AssetSnapshot, asset_kind, asset_snapshot
from ._options import UploadOptions
from ._plan import plan_parts
from ._source import SourceFile
from ._state import UploadState
from ._transfer import Transfer
from ._types import (
    COMPLETE,
    FAILED,
    BuildStatus,
    DeliveryState,
    Phase,
    ProgressCallback,
    UploadProgress,
    UploadResult,
)

logger = logging.getLogger("app_store_connect.uploads")

R = TypeVar("R")
Status = tuple[DeliveryState, BuildStatus | None]


@dataclass
class Job:
    """One upload on its way: what goes where, and which parts Apple has."""

    kind: AssetKind
    source: SourceFile
    asset_id: str
    options: UploadOptions
    progress: ProgressCallback | None
    build_upload_id: str | None = None
    done: frozenset[tuple[int, int]] = frozenset()

    @property
    def what(self) -> str:
        """`screenshot home.png`, for messages."""
        return f"{self.kind.label} {self.source.name}"

    def state(self) -> UploadState:
        """The resume token of this upload as it stands."""
        return UploadState(
            self.kind.type,
            self.asset_id,
            str(self.source.path),
            self.source.size,
            self.source.modified_ns,
            self.done,
            self.build_upload_id,
        )

    def watch(self) -> tuple[Call, Callable[[Any], Status]]:
        """What to poll until the upload ends: the build upload for builds, else the asset itself."""
        if self.build_upload_id is not None:
            return watch_build_upload(self.build_upload_id), build_upload_status
        return self.kind.get(self.asset_id), lambda document: (asset_snapshot(document).delivery, None)

    def report(self, phase: Phase, sent: int, state: str | None = None) -> None:
        """Tell the progress callback, if any."""
        if self.progress is not None:
            self.progress(UploadProgress(phase, sent, self.source.size, state))


def asset_flow(
    kind: AssetKind,
    parent_id: str | None,
    path: str | os.PathLike[str],
    attributes: Mapping[str, Any],
    options: UploadOptions,
    progress: ProgressCallback | None,
) -> Flow[UploadResult]:
    """Upload a file as a new asset of `kind` under `parent_id` (e.g. a screenshot set)."""
    source = SourceFile.check(path)
    reserve = kind.reserve(parent_id, {"fileName": source.name, "fileSize": source.size, **attributes})
    snapshot = yield from _create(reserve, asset_snapshot, f"{kind.label} {source.name}")
    job = Job(kind, source, snapshot.id, options, progress)
    job.report(Phase.RESERVED, 0, snapshot.delivery.state)
    return (yield from _finish(job, snapshot))


def build_flow(
    app_id: str,
    path: str | os.PathLike[str],
    version: str,
    build_number: str,
    platform: Platform | str,
    options: UploadOptions,
    progress: ProgressCallback | None,
) -> Flow[UploadResult]:
    """Upload an .ipa or .pkg through `buildUploads` and `buildUploadFiles`, ending with the build."""
    source = SourceFile.check(path)
    arguments = build_arguments(app_id, source, version, build_number, platform)
    upload_id = yield from _create(
        arguments.create(), lambda document: str(document.data.id), arguments.describe()
    )
    snapshot = yield from _reserve_build_file(arguments, upload_id, source)
    job = Job(BUILD_FILES, source, snapshot.id, options, progress, build_upload_id=upload_id)
    job.report(Phase.RESERVED, 0, snapshot.delivery.state)
    return (yield from _finish(job, snapshot))


def resume_flow(
    state: UploadState, options: UploadOptions, progress: ProgressCallback | None
) -> Flow[UploadResult]:
    """Continue a failed upload: read the asset again, send the parts Apple lacks, commit, poll."""
    try:
        kind = asset_kind(state.kind)
    except UploadArgumentError as error:
        raise UploadArgumentError(f"cannot resume an upload of {state.kind!r}: {error}") from None
    source = SourceFile.check(state.path)
    source.check_unchanged(state)
    job = Job(kind, source, state.asset_id, options, progress, state.build_upload_id, state.done)
    return (yield from _finish(job, None))


def _create(step: Call, parse: Callable[[Any], R], what: str) -> Flow[R]:
    """Run a create; on doubt it is never sent again (Q14)."""
    try:
        return (yield from call(step, parse))
    except CALL_FAILURES as error:
        if not outcome_unknown(error):
            raise
        raise CreateUncertainError(
            f"reserving {what} failed ({brief(error)}), and Apple may have created it anyway; it was not "
            "sent again, as a second create can duplicate it or be refused (Q14). Look for it in App Store "
            "Connect (reads can lag a few seconds) and delete or reuse it before uploading again."
        ) from error


def _reserve_build_file(arguments: BuildArguments, upload_id: str, source: SourceFile) -> Flow[AssetSnapshot]:
    reserve = BUILD_FILES.reserve(upload_id, arguments.file_attributes(source))
    try:
        return (yield from _create(reserve, asset_snapshot, f"the file {source.name}"))
    except (*CALL_FAILURES, CreateUncertainError) as error:
        raise UploadError(
            f"build upload {upload_id} ({arguments.describe()}) was created, but reserving its file failed: "
            f"{error} Delete build upload {upload_id} before uploading this build number again."
        ) from error


def _finish(job: Job, snapshot: AssetSnapshot | None) -> Flow[UploadResult]:
    """From a reserved (or re-read) asset to its end; a failure on the way carries the resume state."""
    checksum: str | None = None
    try:
        if snapshot is None:
            snapshot = yield from call(job.kind.get(job.asset_id), asset_snapshot)
        if snapshot.delivery.awaiting_upload:
            checksum = yield from _send(job, snapshot)
            yield from _commit(job, checksum if job.options.checksum else None)
            job.report(Phase.COMMITTED, job.source.size)
        delivery, build = yield from _poll(job)
    except CALL_FAILURES as error:
        raise UploadError(f"uploading {job.what} failed: {error}", state=job.state()) from error
    if delivery.state == FAILED:
        raise DeliveryFailedError(job.what, delivery.errors, delivery.warnings)
    job.report(Phase.DONE, job.source.size, COMPLETE)
    return UploadResult(
        job.kind.type, job.asset_id, COMPLETE, job.source.size, checksum, delivery.warnings, build
    )


def _send(job: Job, snapshot: AssetSnapshot) -> Flow[str | None]:
    """Send the parts Apple lacks; returns the file's MD5."""
    parts = plan_parts(snapshot.operations, job.source.size)
    transfer = Transfer(parts, job.source, done=job.done, workers=job.options.workers, progress=job.progress)
    yield transfer
    job.done = transfer.done
    if transfer.failures:
        raise UploadPartError(job.source.name, transfer.failures, state=job.state())
    return transfer.checksum


def _commit(job: Job, md5: str | None) -> Flow[None]:
    """Commit (`uploaded: true`); after a doubtful answer, read the state before any new commit (Q13)."""
    policy: RetryPolicy = job.options.commit_retry
    attempt = 1
    while True:
        try:
            yield from call(job.kind.commit(job.asset_id, md5), lambda _: None)
            return
        except CALL_FAILURES as error:
            conflict = isinstance(error, ConflictError)  # Q14: perhaps an earlier commit, not yet visible
            if not (conflict or outcome_unknown(error)):
                raise
            logger.info("committing %s failed (%s); reading its state first (Q13)", job.what, brief(error))
            snapshot = yield from call(job.kind.get(job.asset_id), asset_snapshot)
            if not snapshot.delivery.awaiting_upload:
                return  # the commit worked although its answer said otherwise
            if conflict or attempt >= policy.attempts:
                raise error
            yield Wait(policy.backoff_delay(attempt))
            attempt += 1


def _poll(job: Job) -> Flow[Status]:
    """Read the delivery state until `COMPLETE` or `FAILED` (Q13: `UPLOAD_COMPLETE` is not the end)."""
    options = job.options
    step, parse = job.watch()
    started = options.clock()
    interval = options.poll_interval
    while True:
        delivery, build = yield from call(step, parse)
        job.report(Phase.PROCESSING, job.source.size, delivery.state)
        if delivery.final:
            return delivery, build
        if options.clock() - started + interval > options.poll_timeout:
            raise UploadTimeoutError(job.what, delivery.state, options.poll_timeout, state=job.state())
        yield Wait(interval)
        interval = min(interval * 2, options.poll_max_interval)
