"""`asc testflight distribute BUILD` and `asc testflight expire`: a build to testers, old builds away.

Each run reads before it writes, so running it again changes nothing and a failed run finishes when
run again; `--dry-run` prints the writes it would send and sends none.
"""

from __future__ import annotations

import click

from ..workflows import Distribution, WaitOptions, expire_builds
from ..workflows import distribute as distribute_build
from ._listing import app_id
from ._output import write_result
from ._session import Session, pass_session

dry_run_option = click.option(
    "--dry-run", is_flag=True, help="Send the reads only; print the writes it would send."
)


@click.group()
def testflight() -> None:
    """TestFlight: distribute a build to groups and testers; expire old builds."""


@testflight.command()
@click.argument("build")
@click.option("--group", "groups", multiple=True, help="A beta group, by name or id (repeatable).")
@click.option(
    "--tester", "testers", multiple=True, help="A beta tester's email (repeatable; invited already)."
)
@click.option("--what-to-test", help="What to Test, shown to testers.")
@click.option("--locale", default="en-US", show_default=True, help="The locale of --what-to-test.")
@click.option("--wait", is_flag=True, help="Wait until Apple has processed the build (VALID), then go on.")
@click.option(
    "--timeout", type=click.FloatRange(min=0), default=3600, show_default=True, help="Seconds --wait waits."
)
@click.option(
    "--poll-interval",
    type=click.FloatRange(min=0, min_open=True),
    default=10.0,
    show_default=True,
    help="Seconds between reads while waiting (doubling up to 60).",
)
@click.option(
    "--submit-for-review/--no-submit-for-review",
    default=None,
    help="Submit for beta review (default: when an external group is given).",
)
@click.option(
    "--uses-encryption/--no-encryption",
    "encryption",
    default=None,
    help="The export compliance answer, needed when Apple asks for it.",
)
@dry_run_option
@pass_session
def distribute(
    session: Session,
    build: str,
    groups: tuple[str, ...],
    testers: tuple[str, ...],
    what_to_test: str | None,
    locale: str,
    wait: bool,
    timeout: float,
    poll_interval: float,
    submit_for_review: bool | None,
    encryption: bool | None,
    dry_run: bool,
) -> None:
    """Get BUILD (a build id, as `asc builds` shows) to testers: wait for processing, answer export
    compliance, set What to Test, add it to groups and testers, submit it for beta review."""
    result = distribute_build(
        session.client,
        build,
        groups=groups,
        testers=testers,
        what_to_test={locale: what_to_test} if what_to_test is not None else None,
        uses_non_exempt_encryption=encryption,
        submit_for_review=submit_for_review,
        wait=WaitOptions(poll_interval=poll_interval, max_interval=max(60.0, poll_interval), timeout=timeout)
        if wait
        else None,
        progress=None if session.machine else lambda line: click.echo(f"asc: {line}", err=True),
        dry_run=dry_run,
    )
    write_result(result, _lines(result), machine=session.machine)


def _lines(result: Distribution) -> list[str]:
    lines = [f"would send: {line}" for line in result.planned]
    groups = [*(f"{name} (added)" for name in result.groups_added), *result.groups_already]
    lines.append(f"build {result.build_id}: {result.processing_state}")
    if groups:
        lines.append(f"groups: {', '.join(groups)}")
    if result.testers_added:
        lines.append(f"testers added: {', '.join(result.testers_added)}")
    if result.localizations:
        lines.append(f"What to Test set: {', '.join(result.localizations)}")
    if result.beta_review is not None:
        submitted = " (submitted now)" if result.beta_review_submitted else ""
        lines.append(f"beta review: {result.beta_review}{submitted}")
    return lines


@testflight.command()
@click.option("--app", required=True, help="The app: its Apple id or bundle id.")
@click.option(
    "--keep", type=click.IntRange(min=0), default=1, show_default=True, help="How many newest builds to keep."
)
@dry_run_option
@pass_session
def expire(session: Session, app: str, keep: int, dry_run: bool) -> None:
    """Expire every unexpired build of an app but the --keep newest."""
    expired = expire_builds(session.client, app_id(session, app), keep=keep, dry_run=dry_run)
    verb = "would expire" if dry_run else "expired"
    write_result(
        {"expired": expired, "dryRun": dry_run},
        [f"{verb}: {build}" for build in expired] or ["nothing to expire"],
        machine=session.machine,
    )
