"""App Store metadata and media as files: pull, diff and push in fastlane deliver's layout.

`pull_metadata(asc, "com.example.app", "fastlane/metadata")` (an app id, bundle id or `Target`) writes
the texts of the editable version (per locale: description, keywords, what's new, promotional text,
URLs, name, subtitle, privacy URLs) and the rest (copyright, review details, categories, age rating).
`push_metadata` checks Apple's limits before any request, then sends only what differs, creating missing
locales; `dry_run=True` (or `diff_metadata`) returns the plan without sending it. A push that fails
half-way raises `PushError`, and running it again does only what is left. `pull_screenshots` and
`push_screenshots` do the same for screenshot and preview folders. Every function has an `async_` twin
for `AsyncAppStoreConnect`.
"""

from __future__ import annotations

from ._errors import LimitError, ListingNotFoundError, MetadataFolderError, PushError
from ._fields import GLOBAL_FIELDS, LOCALIZED_FIELDS, Field
from ._media import MediaPullResult, MediaResult, SetPlan
from ._media_folder import MediaKind
from ._plan import Action, Change
from ._sync import (
    PullResult,
    PushResult,
    async_diff_metadata,
    async_pull_metadata,
    async_pull_screenshots,
    async_push_metadata,
    async_push_screenshots,
    diff_metadata,
    pull_metadata,
    pull_screenshots,
    push_metadata,
    push_screenshots,
)
from ._target import Progress, Target

__all__ = [
    "GLOBAL_FIELDS",
    "LOCALIZED_FIELDS",
    "Action",
    "Change",
    "Field",
    "LimitError",
    "ListingNotFoundError",
    "MediaKind",
    "MediaPullResult",
    "MediaResult",
    "MetadataFolderError",
    "Progress",
    "PullResult",
    "PushError",
    "PushResult",
    "SetPlan",
    "Target",
    "async_diff_metadata",
    "async_pull_metadata",
    "async_pull_screenshots",
    "async_push_metadata",
    "async_push_screenshots",
    "diff_metadata",
    "pull_metadata",
    "pull_screenshots",
    "push_metadata",
    "push_screenshots",
]
