"""`asc screenshots pull|push DIR`: screenshot and preview sets in sync with folders (deliver's layout).

`pull` downloads every set as `<locale>/<DISPLAY_TYPE>/NN-name`. With `push`, only new or changed files
are uploaded (compared by MD5 with Apple's `sourceFileChecksum`), files that are gone are deleted, and
each set's order follows the file names.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..metadata import MediaResult, Target, pull_screenshots, push_screenshots
from ..uploads import UploadOptions
from ._metadata import listing_found, say, target_options
from ._output import write_json
from ._session import Session, pass_session
from ._upload import poll_interval_option, workers_option


@click.group()
def screenshots() -> None:
    """Screenshots and app previews as folders: screenshots/<locale>/[<DISPLAY_TYPE>/]NN-name.png."""


@screenshots.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@target_options
@pass_session
def pull(session: Session, folder: Path, app: str, version_string: str | None, platform: str | None) -> None:
    """Download the app's screenshots and previews into FOLDER, in Apple's order.

    Assets Apple has not finished processing are skipped and listed.
    """
    with listing_found(session):
        result = pull_screenshots(session.client, Target(app, version_string, platform), folder)
    if session.machine:
        files = [str(path) for path in result.files]
        write_json(
            {"appId": result.app_id, "version": result.version, "files": files, "skipped": result.skipped}
        )
        return
    for entry in result.skipped:
        click.echo(f"asc: skipped {entry}: not processed, nothing to download", err=True)
    click.echo(f"wrote {len(result.files)} file(s) of version {result.version} to {folder}")


@screenshots.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@target_options
@click.option("--dry-run", is_flag=True, help="Print the plan only; nothing is uploaded or deleted.")
@workers_option
@poll_interval_option
@pass_session
def push(
    session: Session,
    folder: Path,
    app: str,
    version_string: str | None,
    platform: str | None,
    dry_run: bool,
    workers: int,
    poll_interval: float,
) -> None:
    """Make the app's screenshot and preview sets what FOLDER holds.

    Sets and locales are created when missing. If it fails half-way, run it again: it uploads only
    what is left.
    """
    target = Target(app, version_string, platform)
    options = UploadOptions(workers=workers, poll_interval=poll_interval)
    with listing_found(session):
        result = push_screenshots(
            session.client, target, folder, dry_run=dry_run, options=options, progress=say(session)
        )
    _report(session, result)


def _report(session: Session, result: MediaResult) -> None:
    if session.machine:
        write_json(
            {
                "appId": result.app_id,
                "version": result.version,
                "applied": result.applied,
                "changes": result.changes,
                "sets": [
                    {
                        "locale": plan.wanted.locale,
                        "device": plan.wanted.device,
                        "kind": plan.wanted.kind.asset_type,
                        "unchanged": [file.path.name for file, _ in plan.keep],
                        "uploaded": [file.path.name for file in plan.upload],
                        "deleted": [asset.file_name or asset.id for asset in plan.delete],
                        "reordered": plan.reorder,
                    }
                    for plan in result.sets
                ],
            }
        )
        return
    lines = [line for plan in result.sets for line in plan.lines()]
    for line in lines:
        click.echo(line)
    unchanged = sum(len(plan.keep) for plan in result.sets)
    verb = "made" if result.applied else "planned"
    click.echo(f"version {result.version}: {result.changes} change(s) {verb}, {unchanged} file(s) unchanged")
