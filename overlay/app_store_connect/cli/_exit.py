"""Exit codes and one-line error messages: how `asc` tells a shell script what went wrong."""

from __future__ import annotations

import json
from enum import IntEnum
from typing import Any, NoReturn

import click
import httpx

from .._errors import ApiError, ConfigurationError, ForbiddenError, NotAuthorizedError, NotFoundError
from .._redact import shown_url


class ExitCode(IntEnum):
    """What `asc` exits with; scripts can branch on these."""

    OK = 0
    API_ERROR = 1  # the API answered an error (after retries), a download was corrupt, or it was unreachable
    USAGE = 2  # bad arguments or configuration (options, API key, report arguments): nothing was sent
    AUTH = 3  # the API refused the credentials (401) or the key's role (403)
    NOT_FOUND = 4  # 404: no such resource, or not visible to this key
    INTERRUPTED = 130  # Ctrl+C, as shells report SIGINT


def exit_code_for(error: BaseException) -> ExitCode:
    """The exit code for an error of the library (or of the network under it)."""
    if isinstance(error, NotAuthorizedError | ForbiddenError):
        return ExitCode.AUTH
    if isinstance(error, NotFoundError):
        return ExitCode.NOT_FOUND
    if isinstance(error, ConfigurationError | httpx.InvalidURL):
        return ExitCode.USAGE
    if error.__cause__ is not None:  # e.g. a report helper's error raised from a 403
        return exit_code_for(error.__cause__)
    return ExitCode.API_ERROR


def describe(error: BaseException) -> str:
    """The error as one line of plain words."""
    text = " ".join(str(error).split()) or type(error).__name__
    if isinstance(error, httpx.RequestError):  # raised by a client, so it knows its request
        return f"cannot reach {shown_url(error.request.url)}: {text}"
    return text


def fail(message: str, exit_code: ExitCode, *, machine: bool, **details: Any) -> NoReturn:
    """Write one error line to stderr (a JSON object for machines) and exit with `exit_code`."""
    if machine:
        entry = {"message": message, "exit_code": int(exit_code), **details}
        click.echo(json.dumps({"error": entry}), err=True)
    else:
        click.echo(f"asc: error: {message}", err=True)
    raise click.exceptions.Exit(exit_code)


def fail_on(error: BaseException, *, machine: bool) -> NoReturn:
    """`fail` for an error of the library or the network, keeping what a script may want to read."""
    details: dict[str, Any] = {}
    if isinstance(error, ApiError):
        details = {"status": error.status_code, "code": error.code, "request_id": error.request_id}
    fail(describe(error), exit_code_for(error), machine=machine, **details)
