"""Errors of the library and of the network as exit codes and one-line messages (loaded only on a failure)."""

from __future__ import annotations

from typing import Any, NoReturn

import httpx

from .._errors import (
    ApiError,
    AppStoreConnectError,
    ConfigurationError,
    ForbiddenError,
    NotAuthorizedError,
    NotFoundError,
)
from .._redact import shown_url
from ._exit import ExitCode, fail


def is_reported(error: BaseException) -> bool:
    """Whether `error` is one `asc` reports as a message with an exit code (not a bug's traceback)."""
    return isinstance(error, AppStoreConnectError | httpx.RequestError | httpx.InvalidURL)


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


def fail_on(error: BaseException, *, machine: bool) -> NoReturn:
    """`fail` for an error of the library or the network, keeping what a script may want to read."""
    details: dict[str, Any] = {}
    if isinstance(error, ApiError):
        details = {"status": error.status_code, "code": error.code, "requestId": error.request_id}
    fail(describe(error), exit_code_for(error), machine=machine, **details)
