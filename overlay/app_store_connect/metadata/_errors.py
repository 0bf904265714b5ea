"""Errors of metadata and media sync; all derive from the library's one exception tree."""

from __future__ import annotations

from collections.abc import Sequence

from .._errors import AppStoreConnectError, ConfigurationError


class MetadataFolderError(ConfigurationError):
    """The folder cannot be read as App Store metadata (an unknown file, a bad locale, a bad image)."""


class LimitError(ConfigurationError):
    """Values over Apple's limits; nothing was sent. `problems` lists each as `path: why`."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        listed = "; ".join(self.problems)
        super().__init__(
            f"{len(self.problems)} value(s) over Apple's limits, nothing was sent: {listed}. "
            "Fix them and push again."
        )


class ListingNotFoundError(AppStoreConnectError):
    """The app, or a version of it that can be edited, was not found."""


class PushError(AppStoreConnectError):
    """A push stopped half-way: `done` changes were made, the rest not. Running it again does the rest."""

    def __init__(self, what: str, done: int, total: int, error: Exception) -> None:
        self.done = done
        self.total = total
        super().__init__(
            f"{what} failed after {done} of {total} change(s) were made: {error} "
            "Run the same push again: it compares again and does only what is left."
        )
