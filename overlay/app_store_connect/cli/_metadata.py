"""`asc metadata pull|diff|push DIR`: the App Store texts as files in fastlane deliver's layout.

Plans and reports are lines on stdout (a JSON document with `--json` or when piped); each change is
announced on stderr as it is made. `diff` exits 0 whether or not there are changes (see `changed` in
the JSON); `push --dry-run` is the same as `diff`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from ..metadata import ListingNotFoundError, PushResult, Target, diff_metadata, pull_metadata, push_metadata
from ._exit import ExitCode, fail
from ._output import write_json
from ._session import Session, pass_session

F = TypeVar("F", bound=Callable[..., Any])


def target_options(function: F) -> F:
    """--app, --version and --platform, shared with `asc screenshots`."""
    function = click.option(
        "--platform", help="IOS, MAC_OS, TV_OS or VISION_OS: needed when several platforms have versions."
    )(function)
    function = click.option(
        "--version", "version_string", help="The version string (default: the version that can be edited)."
    )(function)
    return click.option("--app", required=True, help="The app: its Apple id or its bundle id.")(function)


def say(session: Session) -> Callable[[str], None] | None:
    """Progress lines on stderr, unless a machine reads the output."""
    if session.machine:
        return None
    return lambda line: click.echo(f"asc: {line}", err=True)


@contextmanager
def listing_found(session: Session) -> Iterator[None]:
    """A missing app or version exits 4 (not found) with the library's advice."""
    try:
        yield
    except ListingNotFoundError as error:
        fail(str(error), ExitCode.NOT_FOUND, machine=session.machine)


@click.group()
def metadata() -> None:
    """The App Store texts of an app as files (fastlane deliver's metadata/ layout)."""


@metadata.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@target_options
@pass_session
def pull(session: Session, folder: Path, app: str, version_string: str | None, platform: str | None) -> None:
    """Write the app's texts into FOLDER: the version that can be edited (else the newest)."""
    with listing_found(session):
        result = pull_metadata(session.client, Target(app, version_string, platform), folder)
    if session.machine:
        write_json(
            {"appId": result.app_id, "version": result.version, "files": [str(f) for f in result.files]}
        )
    else:
        click.echo(f"wrote {len(result.files)} file(s) of version {result.version} to {folder}")


@metadata.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@target_options
@pass_session
def diff(session: Session, folder: Path, app: str, version_string: str | None, platform: str | None) -> None:
    """Show what `push` would change, field by field (nothing is sent)."""
    with listing_found(session):
        result = diff_metadata(session.client, Target(app, version_string, platform), folder)
    report(session, result)


@metadata.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@target_options
@click.option("--dry-run", is_flag=True, help="Print the plan only (the same as `asc metadata diff`).")
@pass_session
def push(
    session: Session, folder: Path, app: str, version_string: str | None, platform: str | None, dry_run: bool
) -> None:
    """Change in App Store Connect what differs from FOLDER, after checking Apple's limits.

    Missing locales are created. If it fails half-way, run it again: it does only what is left.
    """
    target = Target(app, version_string, platform)
    with listing_found(session):
        result = push_metadata(session.client, target, folder, dry_run=dry_run, progress=say(session))
    report(session, result)


def report(session: Session, result: PushResult) -> None:
    """The plan (or what was done) as lines, or as JSON."""
    if session.machine:
        write_json(
            {
                "appId": result.app_id,
                "version": result.version,
                "applied": result.applied,
                "changed": result.changed,
                "actions": [
                    {
                        "action": action.what,
                        "changes": [
                            {"field": change.path, "old": change.old, "new": change.new}
                            for change in action.changes
                        ],
                    }
                    for action in result.actions
                ],
            }
        )
        return
    if not result.actions:
        click.echo(f"version {result.version}: nothing to change")
        return
    verb = "changed" if result.applied else "would change"
    for action in result.actions:
        click.echo(action.what + ":")
        for change in action.changes:
            click.echo(f"  {change.path}: {_shown(change.old)} -> {_shown(change.new)}")
    count = sum(len(action.changes) for action in result.actions)
    click.echo(f"version {result.version}: {verb} {count} value(s) in {len(result.actions)} request(s)")


def _shown(value: object) -> str:
    if value is None:
        return "(none)"
    text = str(value).replace("\n", "\\n")
    return repr(text if len(text) <= 60 else text[:57] + "...")
