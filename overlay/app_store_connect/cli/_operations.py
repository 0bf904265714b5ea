"""Which operation of Apple's spec a path is, from the library's operations index."""

from __future__ import annotations

from .._operations import Operation, match

__all__ = ["Operation", "find_get"]


def find_get(path: str) -> Operation | None:
    """The GET operation whose template matches `path` (e.g. `/v1/apps/123/builds`), if any."""
    return match("GET", path)
