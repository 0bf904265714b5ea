"""`asc appstore submit|status|release|phased|cancel`: an App Store version from build to sale.

Each command reads before it writes, so running it again changes nothing and a failed run finishes
when run again; `--dry-run` prints the writes it would send and sends none.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from ..workflows import (
    Outcome,
    PhasedAction,
    Release,
    Submission,
    SubmissionBlockedError,
    VersionStatus,
    cancel_submission,
    phased_release,
)
from ..workflows import (
    release as release_version,
)
from ..workflows import (
    status as version_status,
)
from ..workflows import (
    submit as submit_version,
)
from ._exit import ExitCode, fail
from ._listing import app_id
from ._output import write_result
from ._session import Session, pass_session
from ._testflight import dry_run_option

PLATFORMS = ("IOS", "MAC_OS", "TV_OS", "VISION_OS")


def _version_options(command: Any) -> Any:
    command = click.option("--platform", type=click.Choice(PLATFORMS), default="IOS", show_default=True)(
        command
    )
    command = click.option("--version", "version", required=True, help="The version string, e.g. 1.2.")(
        command
    )
    return click.option("--app", required=True, help="The app: its Apple id or bundle id.")(command)


@click.group()
def appstore() -> None:
    """The App Store: submit a version for review, its status, release and phased release."""


class _ReleaseType(click.ParamType[Release | datetime]):
    """`manual`, `after-approval`, or an ISO date-time with its zone (a scheduled release)."""

    name = "manual|after-approval|DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, Release | datetime):
            return value
        named = {"manual": Release.MANUAL, "after-approval": Release.AFTER_APPROVAL}
        if str(value).lower() in named:
            return named[str(value).lower()]
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            self.fail(
                f"{value!r} is not manual, after-approval or a date like 2026-12-24T09:00+00:00", param, ctx
            )
        if moment.tzinfo is None:
            self.fail(f"{value!r} needs a time zone, e.g. 2026-12-24T09:00+00:00", param, ctx)
        return moment


@appstore.command()
@_version_options
@click.option("--build", "build_number", required=True, help="The build number (CFBundleVersion) to submit.")
@click.option("--release", "release_type", type=_ReleaseType(), help="When it goes on sale once approved.")
@click.option("--phased", is_flag=True, help="Release it to users over 7 days (a phased release).")
@click.option("--release-notes", help="What's New in this version.")
@click.option("--locale", default="en-US", show_default=True, help="The locale of --release-notes.")
@dry_run_option
@pass_session
def submit(
    session: Session,
    app: str,
    version: str,
    platform: str,
    build_number: str,
    release_type: Release | datetime | None,
    phased: bool,
    release_notes: str | None,
    locale: str,
    dry_run: bool,
) -> None:
    """Submit a version for App Store review: create or reuse it, attach the build, set release notes,
    release type and phased release, and submit through a review submission (an open one is reused)."""
    try:
        result = submit_version(
            session.client,
            app_id(session, app),
            version,
            build_number,
            platform=platform,
            release=release_type if isinstance(release_type, Release) else None,
            release_date=release_type if isinstance(release_type, datetime) else None,
            phased=phased,
            release_notes={locale: release_notes} if release_notes is not None else None,
            dry_run=dry_run,
        )
    except SubmissionBlockedError as error:
        message = f"version {version} cannot be submitted for review: " + "; ".join(error.blockers)
        fail(message, ExitCode.API_ERROR, machine=session.machine, blockers=list(error.blockers))
    write_result(result, _submission_lines(result), machine=session.machine)


def _submission_lines(result: Submission) -> list[str]:
    lines = [f"would send: {line}" for line in result.planned]
    lines.append(f"version {result.version_string} ({result.version_id}): review submission {result.state}")
    lines += [f"created: {what}" for what in result.created]
    lines += [f"changed: {what}" for what in result.changed]
    return lines


@appstore.command()
@_version_options
@pass_session
def status(session: Session, app: str, version: str, platform: str) -> None:
    """A version's state, build, review submission and phased release, and what blocks it."""
    result = version_status(session.client, app_id(session, app), version, platform=platform)
    write_result(result, _status_lines(result), machine=session.machine)


def _status_lines(result: VersionStatus) -> list[str]:
    lines = [
        f"version {result.version_string} ({result.platform}): {result.app_store_state}",
        f"build: {result.build or 'none'}" + (f" ({result.build_state})" if result.build_state else ""),
        f"release: {result.release_type}"
        + (f", phased {result.phased_release_state}" if result.phased_release_state else ""),
    ]
    if result.submission_id:
        lines.append(f"review submission {result.submission_id}: {result.submission_state}")
    lines += [f"blocked: {line}" for line in result.blockers] or ["nothing blocks it"]
    return lines


@appstore.command()
@_version_options
@dry_run_option
@pass_session
def release(session: Session, app: str, version: str, platform: str, dry_run: bool) -> None:
    """Release an approved version waiting for you (PENDING_DEVELOPER_RELEASE)."""
    result = release_version(
        session.client, app_id(session, app), version, platform=platform, dry_run=dry_run
    )
    write_result(result, _outcome_lines(f"version {version}", result), machine=session.machine)


@appstore.command()
@click.argument("action", type=click.Choice([action.name.lower() for action in PhasedAction]))
@_version_options
@dry_run_option
@pass_session
def phased(session: Session, action: str, app: str, version: str, platform: str, dry_run: bool) -> None:
    """Pause, resume or complete the phased release of a version."""
    result = phased_release(
        session.client, app_id(session, app), version, action, platform=platform, dry_run=dry_run
    )
    write_result(result, _outcome_lines(f"the phased release of {version}", result), machine=session.machine)


@appstore.command()
@_version_options
@dry_run_option
@pass_session
def cancel(session: Session, app: str, version: str, platform: str, dry_run: bool) -> None:
    """Withdraw the version from review (its review submission is canceled)."""
    result = cancel_submission(
        session.client, app_id(session, app), version, platform=platform, dry_run=dry_run
    )
    write_result(result, _outcome_lines(f"the review of {version}", result), machine=session.machine)


def _outcome_lines(what: str, result: Outcome) -> list[str]:
    lines = [f"would send: {line}" for line in result.planned]
    return [*lines, f"{what}: {result.state}" + ("" if result.changed else " (unchanged)")]
