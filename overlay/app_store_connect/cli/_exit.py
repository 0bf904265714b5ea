"""Exit codes and error lines: how `asc` tells a person or a shell script what went wrong.

Only click and the standard library are imported here: every command, and `asc --help`, loads it.
"""

from __future__ import annotations

import re
from enum import IntEnum
from typing import Any, NoReturn

import click


class ExitCode(IntEnum):
    """What `asc` exits with; scripts can branch on these."""

    OK = 0
    API_ERROR = 1  # the API answered an error (after retries), a download was corrupt, or it was unreachable
    USAGE = 2  # bad arguments or configuration (options, API key, report arguments): nothing was sent
    AUTH = 3  # the API refused the credentials (401) or the key's role (403)
    NOT_FOUND = 4  # 404: no such resource, or not visible to this key
    INTERRUPTED = 130  # Ctrl+C, as shells report SIGINT


# The library cites its quirk ids, e.g. "(Q1)" or "(Q1-Q5, S12)"; people read the words without them.
_QUIRK_IDS = re.compile(r"\s*\((?:[QS]\d+(?:[-,/ ]+[QS]?\d+)*[,; ]*)+\)", re.IGNORECASE)


def in_user_words(text: str) -> str:
    """`text` on one line, without the quirk ids the library's messages cite."""
    return " ".join(_QUIRK_IDS.sub("", text).split())


def fail(message: str, exit_code: ExitCode, *, machine: bool, **details: Any) -> NoReturn:
    """Write one error line to stderr (a JSON object for machines) and exit with `exit_code`."""
    write_error(message, exit_code, machine=machine, **details)
    raise click.exceptions.Exit(exit_code)


def write_error(message: str, exit_code: ExitCode, *, machine: bool, **details: Any) -> None:
    """One error on stderr: `asc: error: ...`, or `{"error": {"message", "exitCode", ...}}` for machines."""
    if machine:
        import json

        entry = {"message": message, "exitCode": int(exit_code), **details}
        click.echo(json.dumps({"error": entry}, ensure_ascii=False), err=True)
    else:
        click.echo(f"asc: error: {in_user_words(message)}", err=True)
