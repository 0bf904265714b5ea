"""The root `asc` group: global options (before or after the command), commands loaded on first use,
one place that turns errors into exit codes and messages, and `main`.

Only click is imported here: `asc --help` and `asc --version` load no more than they show.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from importlib import import_module
from itertools import pairwise
from typing import Any, NoReturn

import click

from .._version import __version__
from ._exit import ExitCode, write_error

OUTPUT_FORMATS = ("table", "json", "csv")

COMMANDS: tuple[tuple[str, str, str], ...] = (
    # name, "module:attribute" (loaded when the command runs), the line `asc --help` shows
    ("api", "._api:api", "Send any request to the API (all of its operations)."),
    ("apps", "._resources:apps", "List the apps the key can see."),
    ("appstore", "._appstore:appstore", "Submit a version for review; status, release, phased release."),
    ("builds", "._resources:builds", "List builds, newest first, with their app and version."),
    ("doctor", "._doctor:doctor", "Check the API key, a token and one API call."),
    ("get", "._api:get", "GET an API path (the same as `asc api GET PATH`)."),
    ("metadata", "._metadata:metadata", "App Store texts as files: pull, diff, push (fastlane layout)."),
    ("ops", "._ops:ops", "Search the API's operations and show their parameters."),
    ("reports", "._reports:reports", "Sales, finance and analytics reports as rows."),
    ("screenshots", "._screenshots:screenshots", "Screenshots and previews as folders: pull, push."),
    ("server", "._server:server", "The App Store Server API: transactions, histories, consumption."),
    ("testflight", "._testflight:testflight", "Distribute a build to TestFlight groups and testers."),
    ("token", "._token:token", "Print a token for curl and other tools."),
    ("upload", "._upload:upload", "Upload builds; resume a failed upload."),
    ("webhooks", "._webhooks:webhooks", "An app's webhooks; receive their signed deliveries locally."),
)

ENVIRONMENT_HELP = """\b
Environment:
  ASC_KEY_ID            the API key's id
  ASC_ISSUER_ID         the issuer id of a team key (unset: an individual key)
  ASC_PRIVATE_KEY       the .p8 key's text or its base64
  ASC_PRIVATE_KEY_PATH  the .p8 key's path
  APP_STORE_CONNECT_API_KEY_*, APP_STORE_CONNECT_API_KEY_PATH  fastlane's names and JSON key file
  ASC_BASE_URL          the API origin (--base-url)
  ASC_OUTPUT            table, json or csv (--output)
  ASC_VENDOR_NUMBER     the vendor number of sales and finance reports

\b
Exit codes: 0 ok, 1 API or network error, 2 usage or configuration error,
3 credentials or permission refused (401, 403), 4 not found (404), 130 interrupted.
Global options also work after the command: `asc apps --json`.
Shell completion: eval "$(_ASC_COMPLETE=bash_source asc)" (zsh_source, fish_source)."""


class _Root(click.Group):
    """`asc` itself: loads commands on first use, accepts global options after the command, and turns
    errors of the library and the network into one line with their exit code."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *(name for name, _, _ in COMMANDS)})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        for name, target, summary in COMMANDS:
            if name == cmd_name:
                module, attribute = target.split(":")
                command: click.Command = getattr(import_module(module, __package__), attribute)
                command.short_help = summary
                self.commands[name] = command
                return command
        return None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from `COMMANDS` without importing them (added commands load as usual)."""
        summaries = {name: summary for name, _, summary in COMMANDS}
        rows = []
        for name in self.list_commands(ctx):
            summary = summaries.get(name)
            if summary is None:
                command = self.get_command(ctx, name)
                summary = command.get_short_help_str() if command is not None and not command.hidden else None
            if summary is not None:
                rows.append((name, summary))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, self._hoisted(ctx, args))

    def _hoisted(self, ctx: click.Context, args: list[str]) -> list[str]:
        """`args` with the global options given after the command moved before it, unless the
        command has an option of that name itself (`asc reports sales --version 1_0`)."""
        globals_ = {name: p for p in self.params if isinstance(p, click.Option) for name in p.opts}
        index = 0
        while index < len(args) and args[index].startswith("-") and args[index] != "--":
            option = globals_.get(args[index])
            index += 2 if option is not None and _takes_value(option) else 1
        command = self.get_command(ctx, args[index]) if index < len(args) else None
        if command is None:
            return args
        own = _option_names(command)
        front, rest = list(args[: index + 1]), []
        tail = iter(args[index + 1 :])
        for arg in tail:
            if arg == "--":
                rest += [arg, *tail]
                break
            name = "-v" if re.fullmatch(r"-v+", arg) else arg.split("=", 1)[0]
            option = globals_.get(name)
            if option is None or name in own:
                rest.append(arg)
                continue
            front.insert(index, arg)
            index += 1
            if _takes_value(option) and "=" not in arg:
                value = next(tail, None)
                if value is not None:
                    front.insert(index, value)
                    index += 1
        return front + rest

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:  # `asc ... | head -1`: the reader has what it wanted
            _quiet_stdout()
            raise click.exceptions.Exit(ExitCode.OK) from None
        except Exception as error:
            from ._failures import fail_on, is_reported
            from ._session import Session

            if not is_reported(error):
                raise
            session = ctx.find_object(Session)
            fail_on(error, machine=session is not None and session.machine)


def _takes_value(option: click.Option) -> bool:
    return not option.is_flag and not option.count


def _option_names(command: click.Command) -> set[str]:
    """Every option name of `command` and, for a group, of its commands."""
    names = {name for param in command.params if isinstance(param, click.Option) for name in param.opts}
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            names |= _option_names(sub)
    return names


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush does not fail on the closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


@click.group(
    cls=_Root,
    invoke_without_command=True,
    epilog=ENVIRONMENT_HELP,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
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
    help="With --sandbox: misbehave like the live API (names as in the docs' Quirks page, e.g. "
    "q1,q6,q7, or all); a wrong name lists the known ones.",
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
    type=click.Path(dir_okay=False),
    help="The API key's .p8 file, or fastlane's JSON key file (instead of the key variables; "
    "ASC_ISSUER_ID still applies).",
)
@click.option("--key-id", help="With --key-file: the key's id (default: from the name AuthKey_<KEYID>.p8).")
@click.option("--issuer-id", help="With --key-file: the issuer id of a team key (default: ASC_ISSUER_ID).")
@click.option(
    "--base-url",
    envvar="ASC_BASE_URL",
    show_envvar=True,
    help="The API origin, e.g. a sandbox started with `python -m app_store_connect.sandbox` "
    "(default: Apple's API).",
)
@click.option(
    "--output",
    type=click.Choice(OUTPUT_FORMATS),
    envvar="ASC_OUTPUT",
    show_envvar=True,
    help="How results print (default: table on a terminal, json when piped).",
)
@click.option("--json", "machine", is_flag=True, help="The same as --output json; errors are JSON too.")
@click.option(
    "-v", "--verbose", count=True, help="Log each request on stderr; -vv adds headers (secrets hidden)."
)
@click.version_option(__version__, prog_name="asc")  # not importlib.metadata: it costs more than click
@click.pass_context
def asc(
    ctx: click.Context,
    sandbox: bool,
    sandbox_quirks: str,
    sandbox_clock_skew: float,
    key_file: str | None,
    key_id: str | None,
    issuer_id: str | None,
    base_url: str | None,
    output: str | None,
    machine: bool,
    verbose: int,
) -> None:
    """App Store Connect from the command line: every operation of Apple's API (`asc api`), with
    shortcuts for apps, builds, reports and uploads.

    Credentials come from the environment (below) or --key-file. Try it with no Apple account:
    `asc --sandbox apps`.
    """
    if ctx.invoked_subcommand is None:  # bare `asc`: its help, and success
        click.echo(ctx.get_help())
        ctx.exit(ExitCode.OK)
    if machine and output not in (None, "json"):
        raise click.UsageError(f"--json and --output {output} ask for different outputs")
    if not sandbox and (sandbox_quirks or sandbox_clock_skew):
        raise click.UsageError("--sandbox-quirks and --sandbox-clock-skew go with --sandbox")
    from ._session import Options, Session  # here, not above: `asc --help` and `--version` need neither
    from ._verbose import library_log

    ctx.with_resource(library_log(verbose))
    options = Options(
        base_url or None,
        key_file,
        key_id,
        issuer_id,
        sandbox,
        sandbox_quirks,
        sandbox_clock_skew,
        output="json" if machine else output,
        verbosity=verbose,
    )
    ctx.obj = Session(options, ctx.with_resource)


def _asks_for_json(args: Sequence[str]) -> bool:
    """Whether the command line (or ASC_OUTPUT) asks for JSON, read before click parses it."""
    given = list(args)
    if "--json" in given or "--output=json" in given:
        return True
    if ("--output", "json") in pairwise(given):
        return True
    return os.environ.get("ASC_OUTPUT") == "json" and "--output" not in given


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run `asc` with `argv` (default: the process's arguments) and exit with its code."""
    args = list(sys.argv[1:] if argv is None else argv)
    name = os.path.basename(sys.argv[0])
    prog_name = name if name in ("asc", "app-store-connect") else "asc"
    machine = _asks_for_json(args)
    try:
        code = asc.main(args=args, prog_name=prog_name, standalone_mode=False)
    except click.ClickException as error:
        message = error.format_message()
        details: dict[str, str] = {}
        if isinstance(error, click.UsageError) and error.ctx is not None:
            details["help"] = f"{error.ctx.command_path} --help"
            if not machine:
                message = f"{message} (see '{details['help']}')"
        write_error(message, ExitCode(error.exit_code), machine=machine, **details)
        code = error.exit_code
    except click.Abort:
        write_error("interrupted", ExitCode.INTERRUPTED, machine=machine)
        code = ExitCode.INTERRUPTED
    sys.exit(code if isinstance(code, int) else ExitCode.OK)
