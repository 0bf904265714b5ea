"""The root `asc` group: global options, one place that turns errors into exit codes, and `main`."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import click
import httpx

from .. import DEFAULT_BASE_URL, AppStoreConnectError
from .._transport import LOGGER_NAME
from ._doctor import doctor
from ._exit import ExitCode, fail_on
from ._get import get
from ._reports import reports
from ._resources import apps, builds
from ._server import server
from ._session import JSON_HELP, Options, Session
from ._token import token
from ._upload import upload


class _Root(click.Group):
    """`asc` itself: errors of the library and the network leave as one line with their exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (AppStoreConnectError, httpx.RequestError, httpx.InvalidURL) as error:
            session = ctx.find_object(Session)
            fail_on(error, machine=session is not None and session.machine)


@click.group(cls=_Root, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--sandbox",
    is_flag=True,
    help="Run against a local App Store Connect started in-process on 127.0.0.1 with its demo key "
    "(no Apple account needed); it stops when the command ends.",
)
@click.option(
    "--sandbox-quirks",
    default="",
    metavar="LIST",
    help="With --sandbox: misbehave like the live API (quirks.md), e.g. q1,q6,q7 or all; a wrong "
    "name lists the known ones.",
)
@click.option(
    "--sandbox-clock-skew",
    type=float,
    default=0.0,
    metavar="SECONDS",
    help="With --sandbox: how far the sandbox's clock is ahead of this machine's (negative: behind).",
)
@click.option(
    "--key-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The API key's .p8 file (instead of the ASC_* environment variables).",
)
@click.option("--key-id", help="With --key-file: the key's id (default: from the name AuthKey_<KEYID>.p8).")
@click.option("--issuer-id", help="With --key-file: the issuer id of a team key (none: an individual key).")
@click.option(
    "--base-url",
    default=DEFAULT_BASE_URL,
    envvar="ASC_BASE_URL",
    show_default=True,
    help="The API origin (e.g. a sandbox started with `python -m app_store_connect.sandbox`).",
)
@click.option("--json", "machine", is_flag=True, help=JSON_HELP)
@click.option("-v", "--verbose", is_flag=True, help="Log each request (never tokens or query strings).")
@click.version_option(package_name="app-store-connect", prog_name="asc")
@click.pass_context
def asc(
    ctx: click.Context,
    sandbox: bool,
    sandbox_quirks: str,
    sandbox_clock_skew: float,
    key_file: Path | None,
    key_id: str | None,
    issuer_id: str | None,
    base_url: str,
    machine: bool,
    verbose: bool,
) -> None:
    """App Store Connect from the command line.

    Credentials come from the environment (ASC_KEY_ID, ASC_ISSUER_ID, and ASC_PRIVATE_KEY or
    ASC_PRIVATE_KEY_PATH; fastlane's APP_STORE_CONNECT_API_KEY_* work too) or from --key-file.
    Try it with no Apple account: `asc --sandbox apps`.

    Exit codes: 0 ok, 1 API or network error, 2 usage or configuration error, 3 credentials or
    permission refused (401, 403), 4 not found (404), 130 interrupted.
    """
    if not sandbox and (sandbox_quirks or sandbox_clock_skew):
        raise click.UsageError("--sandbox-quirks and --sandbox-clock-skew go with --sandbox")
    ctx.with_resource(_library_log(verbose))
    options = Options(base_url, key_file, key_id, issuer_id, sandbox, sandbox_quirks, sandbox_clock_skew)
    ctx.obj = Session(options, ctx.with_resource)
    ctx.obj.machine = machine


class _StderrLog(logging.Handler):
    """Log records as `asc: ...` lines on the current stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"asc: {self.format(record)}", err=True)


@contextmanager
def _library_log(verbose: bool) -> Iterator[None]:
    """The library's warnings (a skewed clock, a paginator's guard) on stderr; with `verbose`, its request
    log too. Only the library's loggers: httpx would log query strings (presigned URLs, Q13)."""
    library = logging.getLogger(LOGGER_NAME)
    handler, level = _StderrLog(logging.INFO if verbose else logging.WARNING), library.level
    library.addHandler(handler)
    library.setLevel(handler.level)
    try:
        yield
    finally:
        library.removeHandler(handler)
        library.setLevel(level)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run `asc` with `argv` (default: the process's arguments) and exit with its code."""
    try:
        code = asc.main(args=argv, prog_name="asc", standalone_mode=False)
    except click.ClickException as error:
        if isinstance(error, click.UsageError) and error.ctx is not None:  # one line too, with a pointer
            click.echo(
                f"asc: error: {error.format_message()} (see '{error.ctx.command_path} --help')", err=True
            )
        else:
            click.echo(f"asc: error: {error.format_message()}", err=True)
        code = error.exit_code
    except click.Abort:
        click.echo("asc: interrupted", err=True)
        code = ExitCode.INTERRUPTED
    sys.exit(code if isinstance(code, int) else ExitCode.OK)


for _command in (apps, builds, doctor, get, reports, token, upload):
    asc.add_command(_command)
asc.add_command(server)
