"""`asc upload build FILE`: a build through `buildUploads` (no altool), with a progress bar.

With `--state-file PATH`, a failed upload leaves its `UploadState` there and `asc upload resume PATH`
continues it, sending only the parts Apple does not have yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import click

from app_store_connect_api.models.platform import Platform

from ..uploads import (
    Phase,
    ProgressCallback,
    UploadError,
    UploadOptions,
    UploadProgress,
    UploadResult,
    UploadState,
    resume_upload,
    upload_build,
)
from ._exit import fail
from ._failures import exit_code_for
from ._listing import app_id
from ._output import camel_keys, progress_bar, progress_hidden, write_json
from ._session import Session, pass_session

workers_option = click.option(
    "--workers", type=click.IntRange(min=1), default=4, show_default=True, help="Parts sent at once."
)
poll_interval_option = click.option(
    "--poll-interval",
    type=click.FloatRange(min=0, min_open=True, max=30),
    default=5.0,
    show_default=True,
    help="Seconds between reads of Apple's processing state (growing to 30).",
)


@click.group()
def upload() -> None:
    """Upload files to App Store Connect."""


@upload.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--app", required=True, help="The app: its Apple id (as `asc apps` shows) or its bundle id.")
@click.option("--version", required=True, help="CFBundleShortVersionString, e.g. 1.2.0.")
@click.option("--build-number", required=True, help="CFBundleVersion, e.g. 42.")
@click.option(
    "--platform",
    type=click.Choice([member.value for member in Platform if member.is_known]),
    default=Platform.IOS.value,
    show_default=True,
    help="MAC_OS for a .pkg.",
)
@workers_option
@poll_interval_option
@click.option(
    "--state-file",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="If the upload fails, save what it had done here, for `asc upload resume STATE_FILE`.",
)
@pass_session
def build(
    session: Session,
    file: Path,
    app: str,
    version: str,
    build_number: str,
    platform: str,
    workers: int,
    poll_interval: float,
    state_file: Path | None,
) -> None:
    """Upload an .ipa (or a macOS .pkg) and wait until Apple has processed it.

    Parts go to Apple's presigned URLs in parallel, without the API token; a failed commit
    is re-read before it is sent again, and the build is followed past UPLOAD_COMPLETE to its end.
    """
    options = UploadOptions(workers=workers, poll_interval=poll_interval)
    with (
        _resumable(session, state_file),
        _progress(file.name, hidden=progress_hidden(machine=session.machine, to_stdout=False)) as progress,
    ):
        result = upload_build(
            session.client,
            app_id(session, app),
            file,
            version,
            build_number,
            platform,
            options=options,
            progress=progress,
        )
    _report(session, file, result)


@upload.command()
@click.argument(
    "state_file", type=click.Path(exists=True, dir_okay=False, readable=True, writable=True, path_type=Path)
)
@workers_option
@poll_interval_option
@pass_session
def resume(session: Session, state_file: Path, workers: int, poll_interval: float) -> None:
    """Continue an upload that failed, from the STATE_FILE `asc upload build --state-file` saved.

    Only the parts Apple does not have are sent; an upload already committed is only followed to
    its end. If it fails again, STATE_FILE is updated for another resume.
    """
    state = UploadState.from_json(state_file.read_bytes())
    file = Path(state.path)
    options = UploadOptions(workers=workers, poll_interval=poll_interval)
    with (
        _resumable(session, state_file),
        _progress(file.name, hidden=progress_hidden(machine=session.machine, to_stdout=False)) as progress,
    ):
        result = resume_upload(session.client, state, options=options, progress=progress)
    _report(session, file, result)


@contextmanager
def _resumable(session: Session, state_file: Path | None) -> Iterator[None]:
    """Turn a resumable `UploadError` into one error line saying how to resume it, saving its state first."""
    try:
        yield
    except UploadError as error:
        if error.state is None:
            raise
        if state_file is None:
            advice = "Give --state-file PATH to be able to resume a failed upload with `asc upload resume`."
        else:
            state_file.write_text(error.state.to_json())
            advice = f"Its state is saved: resume it with `asc upload resume {state_file}`."
        reason = " ".join(error.reason.split())  # one line, as every `asc` error
        fail(f"{reason} {advice}", exit_code_for(error), machine=session.machine)


def _report(session: Session, file: Path, result: UploadResult) -> None:
    if session.machine:
        write_json(camel_keys(asdict(result)))
    else:
        click.echo(_summary(file, result))


@contextmanager
def _progress(name: str, *, hidden: bool) -> Iterator[ProgressCallback]:
    """A bar of the bytes sent, then one line on stderr per processing state Apple reports."""
    states: list[str | None] = []
    with progress_bar(f"uploading {name}", hidden=hidden) as bar:

        def report(event: UploadProgress) -> None:
            if event.phase is Phase.UPLOADING:
                bar(event.sent_bytes, event.total_bytes)
            elif event.phase is Phase.PROCESSING and event.state not in states[-1:] and not hidden:
                bar.finish()  # the states go on lines of their own, not after the bar
                states.append(event.state)
                click.echo(f"asc: Apple's processing state: {event.state}", err=True)

        yield report


def _summary(file: Path, result: UploadResult) -> str:
    build = result.build
    if build is None or build.build_id is None:
        return (
            f"uploaded {file.name} ({result.size} bytes): {result.state}; Apple has not linked the build yet"
        )
    return (
        f"uploaded {file.name} ({result.size} bytes): build {build.build_id}, "
        f"processing state {build.processing_state}"
    )
