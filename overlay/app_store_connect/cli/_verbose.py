"""`-v`: the library's request log on stderr (`-vv` adds headers: `_header_log`).

Only the library's loggers are shown: httpx's own log would show query strings (presigned URLs, Q13).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import click

from ._exit import in_user_words

LIBRARY_LOGGER = "app_store_connect"  # the library's LOGGER_NAME, without importing its transport


class _StderrLog(logging.Handler):
    """Log records as `asc: ...` lines on the current stderr; not the sandbox's server log (it shows
    query strings, and `--sandbox` stands in for Apple's servers, whose log nobody sees)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.name.startswith(f"{LIBRARY_LOGGER}.sandbox") and super().filter(record)

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"asc: {in_user_words(self.format(record))}", err=True)


@contextmanager
def library_log(verbosity: int) -> Iterator[None]:
    """The library's warnings (a skewed clock, a paginator's guard) on stderr; from `-v` on, every request."""
    library = logging.getLogger(LIBRARY_LOGGER)
    handler, level = _StderrLog(logging.DEBUG if verbosity else logging.WARNING), library.level
    library.addHandler(handler)
    library.setLevel(handler.level)
    try:
        yield
    finally:
        library.removeHandler(handler)
        library.setLevel(level)
