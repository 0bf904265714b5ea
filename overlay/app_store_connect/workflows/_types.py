"""Options and results of the workflows (plain data; `dataclasses.asdict` gives their JSON)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

Progress = Callable[[str], None]
"""Called with one line of progress, e.g. `build 42: PROCESSING`."""


@dataclass(frozen=True)
class WaitOptions:
    """How to wait for Apple: poll every `poll_interval` seconds, doubling up to `max_interval`, and
    give up after `timeout` seconds (`clock` measures it)."""

    poll_interval: float = 10.0
    max_interval: float = 60.0
    timeout: float = 3600.0
    clock: Callable[[], float] = time.monotonic


class Release(StrEnum):
    """When an approved version goes on sale (Apple's `releaseType`)."""

    MANUAL = "MANUAL"
    AFTER_APPROVAL = "AFTER_APPROVAL"
    SCHEDULED = "SCHEDULED"


class PhasedAction(StrEnum):
    """What to do with a running phased release, and the state it leads to."""

    PAUSE = "PAUSED"
    RESUME = "ACTIVE"
    COMPLETE = "COMPLETE"


@dataclass(frozen=True)
class Distribution:
    """What `distribute` did (or, in a dry run, would do: `planned` lists the writes)."""

    build_id: str
    processing_state: str
    encryption_set: bool
    localizations: tuple[str, ...]  # locales whose What to Test was created or changed
    groups_added: tuple[str, ...]
    groups_already: tuple[str, ...]
    testers_added: tuple[str, ...]  # emails
    beta_review: str | None  # the beta review state; None when no review was needed
    beta_review_submitted: bool
    planned: tuple[str, ...] = ()


@dataclass(frozen=True)
class Submission:
    """What `submit` did: the version, its review submission and state."""

    app_id: str
    version_id: str
    version_string: str
    build_id: str
    submission_id: str | None
    state: str  # the review submission's state, e.g. WAITING_FOR_REVIEW
    created: tuple[str, ...]  # what this run created (version, submission, item, phased release, ...)
    changed: tuple[str, ...]  # what this run updated
    planned: tuple[str, ...] = ()


@dataclass(frozen=True)
class VersionStatus:
    """A version and what blocks it, in plain words."""

    app_id: str
    version_id: str
    version_string: str
    platform: str
    app_store_state: str | None
    release_type: str | None
    build: str | None  # build number
    build_state: str | None
    submission_id: str | None
    submission_state: str | None
    phased_release_state: str | None
    blockers: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    """The result of a release, phased-release or cancel step: the state reached and whether it changed."""

    version_id: str
    state: str
    changed: bool
    planned: tuple[str, ...] = ()
