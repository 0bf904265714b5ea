"""Release workflows: TestFlight distribution, App Store submission, release and phased release.

    from app_store_connect.workflows import distribute, submit, status, WaitOptions

    distribute(asc, build_id, groups=["Public Beta"], what_to_test={"en-US": "New maps"}, wait=WaitOptions())
    submit(asc, app_id, "1.2", "42", release=Release.AFTER_APPROVAL, phased=True)
    status(asc, app_id, "1.2").blockers   # what stops the version, in plain words

Every step reads before it writes: running a workflow twice changes nothing the second time, and a run
that stopped half-way (a 502, a cut connection, Ctrl+C) finishes when run again, without duplicates
(an open review submission is reused, an item or a group link is not added twice; Q6, Q14).
`dry_run=True` sends the reads and no write: the result's `planned` lists the writes it would send.
Each function has an `async_` twin for `AsyncAppStoreConnect`.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

import anyio

from app_store_connect_api.models.platform import Platform

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._steps import Flow, async_run, run
from ._appstore import cancel_flow, phased_flow, release_flow, status_flow, submit_flow
from ._errors import (
    BuildProcessingError,
    OutcomeUnknownError,
    SubmissionBlockedError,
    WaitTimeoutError,
    WorkflowArgumentError,
    WorkflowError,
)
from ._run import Plan, record_writes
from ._testflight import distribute_flow, expire_flow, wait_for_build
from ._types import (
    Distribution,
    Outcome,
    PhasedAction,
    Progress,
    Release,
    Submission,
    VersionStatus,
    WaitOptions,
)

R = TypeVar("R")
Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]


def _sync(asc: AppStoreConnect, flow: Flow[R], dry_run: bool, sleep: Sleep = time.sleep) -> R:
    plan = Plan() if dry_run else None
    result = run(asc, flow if plan is None else record_writes(flow, plan), sleep)
    return _planned(result, plan)


async def _async(
    asc: AsyncAppStoreConnect, flow: Flow[R], dry_run: bool, sleep: AsyncSleep = anyio.sleep
) -> R:
    plan = Plan() if dry_run else None
    result = await async_run(asc, flow if plan is None else record_writes(flow, plan), sleep)
    return _planned(result, plan)


def _planned(result: R, plan: Plan | None) -> R:
    if plan is None or not dataclasses.is_dataclass(result) or isinstance(result, type):
        return result
    return dataclasses.replace(result, planned=tuple(plan.lines()))


def _distribute(
    build_id: str,
    groups: Sequence[str],
    testers: Sequence[str],
    what_to_test: Mapping[str, str] | str | None,
    uses_non_exempt_encryption: bool | None,
    submit_for_review: bool | None,
    wait: WaitOptions | None,
    progress: Progress | None,
) -> Flow[Distribution]:
    texts = {"en-US": what_to_test} if isinstance(what_to_test, str) else dict(what_to_test or {})
    return distribute_flow(
        build_id,
        groups=list(groups),
        testers=list(testers),
        what_to_test=texts,
        uses_non_exempt_encryption=uses_non_exempt_encryption,
        submit_for_review=submit_for_review,
        wait=wait,
        progress=progress,
    )


def distribute(
    asc: AppStoreConnect,
    build_id: str,
    *,
    groups: Sequence[str] = (),
    testers: Sequence[str] = (),
    what_to_test: Mapping[str, str] | str | None = None,
    uses_non_exempt_encryption: bool | None = None,
    submit_for_review: bool | None = None,
    wait: WaitOptions | None = None,
    progress: Progress | None = None,
    dry_run: bool = False,
    sleep: Sleep = time.sleep,
) -> Distribution:
    """Get a build to testers: wait for processing (`wait`), answer export compliance when Apple asks,
    set What to Test (a text for en-US or `{locale: text}`), add it to beta `groups` (names or ids) and
    `testers` (emails), and submit it for beta review when an external group needs it (or when
    `submit_for_review` is True). Raises `BuildProcessingError` for an INVALID build, `WaitTimeoutError`
    at the deadline. `sleep` can be a webhook receiver's `sleep`, which wakes at Apple's event."""
    flow = _distribute(
        build_id, groups, testers, what_to_test, uses_non_exempt_encryption, submit_for_review, wait, progress
    )
    return _sync(asc, flow, dry_run, sleep)


async def async_distribute(
    asc: AsyncAppStoreConnect,
    build_id: str,
    *,
    groups: Sequence[str] = (),
    testers: Sequence[str] = (),
    what_to_test: Mapping[str, str] | str | None = None,
    uses_non_exempt_encryption: bool | None = None,
    submit_for_review: bool | None = None,
    wait: WaitOptions | None = None,
    progress: Progress | None = None,
    dry_run: bool = False,
    sleep: AsyncSleep = anyio.sleep,
) -> Distribution:
    """See `distribute`."""
    flow = _distribute(
        build_id, groups, testers, what_to_test, uses_non_exempt_encryption, submit_for_review, wait, progress
    )
    return await _async(asc, flow, dry_run, sleep)


def wait_for_processing(
    asc: AppStoreConnect,
    build_id: str,
    options: WaitOptions | None = None,
    *,
    progress: Progress | None = None,
    sleep: Sleep = time.sleep,
) -> str:
    """Wait until Apple has processed the build; returns "VALID" or raises (see `distribute`)."""
    run(asc, wait_for_build(build_id, options or WaitOptions(), progress), sleep=sleep)
    return "VALID"


async def async_wait_for_processing(
    asc: AsyncAppStoreConnect,
    build_id: str,
    options: WaitOptions | None = None,
    *,
    progress: Progress | None = None,
    sleep: AsyncSleep = anyio.sleep,
) -> str:
    """See `wait_for_processing`."""
    await async_run(asc, wait_for_build(build_id, options or WaitOptions(), progress), sleep=sleep)
    return "VALID"


def expire_builds(asc: AppStoreConnect, app_id: str, *, keep: int = 1, dry_run: bool = False) -> list[str]:
    """Expire every unexpired build of the app but the `keep` newest; returns the ids expired."""
    return _sync(asc, expire_flow(app_id, keep), dry_run)


async def async_expire_builds(
    asc: AsyncAppStoreConnect, app_id: str, *, keep: int = 1, dry_run: bool = False
) -> list[str]:
    """See `expire_builds`."""
    return await _async(asc, expire_flow(app_id, keep), dry_run)


def _submit(
    app_id: str,
    version: str,
    build_number: str,
    platform: str,
    release: Release | str | None,
    release_date: datetime | None,
    phased: bool,
    release_notes: Mapping[str, str] | None,
) -> Flow[Submission]:
    return submit_flow(
        app_id,
        version,
        build_number,
        platform=_platform(platform),
        release=None if release is None else _choice(Release, release, "release type"),
        release_date=release_date,
        phased=phased,
        release_notes=dict(release_notes or {}),
    )


def submit(
    asc: AppStoreConnect,
    app_id: str,
    version: str,
    build_number: str,
    *,
    platform: str = "IOS",
    release: Release | str | None = None,
    release_date: datetime | None = None,
    phased: bool = False,
    release_notes: Mapping[str, str] | None = None,
    dry_run: bool = False,
) -> Submission:
    """Submit version `version` with build `build_number` for App Store review: create or reuse the
    version, attach the build, set release notes (`{locale: text}`), the release type (MANUAL,
    AFTER_APPROVAL, or SCHEDULED with `release_date`) and a phased release, then submit through a
    review submission (the open one is reused). Apple's refusal (409) raises `SubmissionBlockedError`
    with its reasons in plain words."""
    flow = _submit(app_id, version, build_number, platform, release, release_date, phased, release_notes)
    return _sync(asc, flow, dry_run)


async def async_submit(
    asc: AsyncAppStoreConnect,
    app_id: str,
    version: str,
    build_number: str,
    *,
    platform: str = "IOS",
    release: Release | str | None = None,
    release_date: datetime | None = None,
    phased: bool = False,
    release_notes: Mapping[str, str] | None = None,
    dry_run: bool = False,
) -> Submission:
    """See `submit`."""
    flow = _submit(app_id, version, build_number, platform, release, release_date, phased, release_notes)
    return await _async(asc, flow, dry_run)


def status(asc: AppStoreConnect, app_id: str, version: str, *, platform: str = "IOS") -> VersionStatus:
    """The version's state, build, review submission, phased release, and what blocks it."""
    return _sync(asc, status_flow(app_id, version, _platform(platform)), False)


async def async_status(
    asc: AsyncAppStoreConnect, app_id: str, version: str, *, platform: str = "IOS"
) -> VersionStatus:
    """See `status`."""
    return await _async(asc, status_flow(app_id, version, _platform(platform)), False)


def release(
    asc: AppStoreConnect, app_id: str, version: str, *, platform: str = "IOS", dry_run: bool = False
) -> Outcome:
    """Release an approved version waiting for you (PENDING_DEVELOPER_RELEASE); one on sale is left alone."""
    return _sync(asc, release_flow(app_id, version, _platform(platform)), dry_run)


async def async_release(
    asc: AsyncAppStoreConnect, app_id: str, version: str, *, platform: str = "IOS", dry_run: bool = False
) -> Outcome:
    """See `release`."""
    return await _async(asc, release_flow(app_id, version, _platform(platform)), dry_run)


def phased_release(
    asc: AppStoreConnect,
    app_id: str,
    version: str,
    action: PhasedAction | str,
    *,
    platform: str = "IOS",
    dry_run: bool = False,
) -> Outcome:
    """Pause, resume or complete the version's phased release (`PhasedAction` or its name)."""
    return _sync(asc, phased_flow(app_id, version, _platform(platform), _action(action)), dry_run)


async def async_phased_release(
    asc: AsyncAppStoreConnect,
    app_id: str,
    version: str,
    action: PhasedAction | str,
    *,
    platform: str = "IOS",
    dry_run: bool = False,
) -> Outcome:
    """See `phased_release`."""
    return await _async(asc, phased_flow(app_id, version, _platform(platform), _action(action)), dry_run)


def cancel_submission(
    asc: AppStoreConnect, app_id: str, version: str, *, platform: str = "IOS", dry_run: bool = False
) -> Outcome:
    """Withdraw the review submission holding the version (nothing when there is none)."""
    return _sync(asc, cancel_flow(app_id, version, _platform(platform)), dry_run)


async def async_cancel_submission(
    asc: AsyncAppStoreConnect, app_id: str, version: str, *, platform: str = "IOS", dry_run: bool = False
) -> Outcome:
    """See `cancel_submission`."""
    return await _async(asc, cancel_flow(app_id, version, _platform(platform)), dry_run)


def _action(action: PhasedAction | str) -> PhasedAction:
    if isinstance(action, PhasedAction):
        return action
    try:
        return PhasedAction[action.upper()]
    except KeyError:
        names = ", ".join(member.name.lower() for member in PhasedAction)
        raise WorkflowArgumentError(f"unknown phased release action {action!r}; use {names}") from None


E = TypeVar("E", bound=StrEnum)


def _choice(kind: type[E], value: E | str, what: str) -> E:
    """`value` as a member of `kind`, or an error listing the members."""
    try:
        return kind(value)
    except ValueError:
        raise WorkflowArgumentError(f"unknown {what} {value!r}; use {', '.join(kind)}") from None


def _platform(platform: str) -> str:
    """A platform Apple's spec names (`Platform`), checked before any request."""
    known = [member.value for member in Platform if member.is_known]
    if platform not in known:
        raise WorkflowArgumentError(f"unknown platform {platform!r}; use {', '.join(known)}")
    return platform


__all__ = [
    "BuildProcessingError",
    "Distribution",
    "Outcome",
    "OutcomeUnknownError",
    "PhasedAction",
    "Progress",
    "Release",
    "Submission",
    "SubmissionBlockedError",
    "VersionStatus",
    "WaitOptions",
    "WaitTimeoutError",
    "WorkflowArgumentError",
    "WorkflowError",
    "async_cancel_submission",
    "async_distribute",
    "async_expire_builds",
    "async_phased_release",
    "async_release",
    "async_status",
    "async_submit",
    "async_wait_for_processing",
    "cancel_submission",
    "distribute",
    "expire_builds",
    "phased_release",
    "release",
    "status",
    "submit",
    "wait_for_processing",
]
