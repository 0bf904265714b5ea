"""Pull, diff and push of metadata and screenshot folders: flows written once, run with either client."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import anyio

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._steps import STEP_FAILURES, AsyncSleep, Flow, Sleep, async_run, run
from ..uploads import UploadOptions
from ._errors import PushError
from ._folder import check_limits, read_folder, write_folder
from ._listing import Listing, read_listing
from ._media import MediaPullResult, MediaResult, media_pull_flow, media_push_flow
from ._plan import Action, plan_push
from ._target import Progress, Target


@dataclass(frozen=True)
class PullResult:
    """What a pull wrote: the version read and the files."""

    app_id: str
    version: str
    files: tuple[Path, ...]


@dataclass(frozen=True)
class PushResult:
    """The plan of a push and whether it was applied (False for a dry run or a diff)."""

    app_id: str
    version: str
    actions: tuple[Action, ...]
    applied: bool

    @property
    def changed(self) -> bool:
        """Whether the folder and App Store Connect differed."""
        return bool(self.actions)


def pull_flow(target: Target | str, folder: str | Path) -> Flow[PullResult]:
    """Read the listing and write it as files (the editable version, else the newest)."""
    target = Target.of(target)
    listing = yield from read_listing(target.app, target.version, target.platform, editable=False)
    files = write_folder(folder, listing.values)
    return PullResult(listing.app_id, listing.version_string, tuple(files))


def push_flow(
    target: Target | str, folder: str | Path, *, apply: bool, progress: Progress | None
) -> Flow[PushResult]:
    """Compare the folder with the editable version and, when `apply`, send the changes one by one.

    The folder is read and Apple's limits checked before any request. A push that stops half-way
    raises `PushError`; running it again compares again, so only what is left is sent.
    """
    target = Target.of(target)
    wanted = read_folder(folder)
    check_limits(wanted)
    listing: Listing = yield from read_listing(target.app, target.version, target.platform, editable=True)
    actions = plan_push(listing, wanted)
    if apply:
        for done, action in enumerate(actions):
            if progress is not None:
                progress(action.what)
            try:
                yield action.request
            except STEP_FAILURES as error:
                raise PushError(action.what, done, len(actions), error) from error
    return PushResult(listing.app_id, listing.version_string, actions, apply)


def pull_metadata(asc: AppStoreConnect, target: Target | str, folder: str | Path) -> PullResult:
    """Write the app's metadata into `folder` in fastlane deliver's layout."""
    return run(asc, pull_flow(target, folder))


async def async_pull_metadata(
    asc: AsyncAppStoreConnect, target: Target | str, folder: str | Path
) -> PullResult:
    """The async twin of `pull_metadata`."""
    return await async_run(asc, pull_flow(target, folder))


def push_metadata(
    asc: AppStoreConnect,
    target: Target | str,
    folder: str | Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    sleep: Sleep = time.sleep,
) -> PushResult:
    """Make App Store Connect say what `folder` says, changing only what differs (`dry_run`: plan only)."""
    return run(asc, push_flow(target, folder, apply=not dry_run, progress=progress), sleep)


async def async_push_metadata(
    asc: AsyncAppStoreConnect,
    target: Target | str,
    folder: str | Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    sleep: AsyncSleep = anyio.sleep,
) -> PushResult:
    """The async twin of `push_metadata`."""
    return await async_run(asc, push_flow(target, folder, apply=not dry_run, progress=progress), sleep)


def diff_metadata(asc: AppStoreConnect, target: Target | str, folder: str | Path) -> PushResult:
    """What a push would change (the same as `push_metadata(..., dry_run=True)`)."""
    return push_metadata(asc, target, folder, dry_run=True)


async def async_diff_metadata(
    asc: AsyncAppStoreConnect, target: Target | str, folder: str | Path
) -> PushResult:
    """The async twin of `diff_metadata`."""
    return await async_push_metadata(asc, target, folder, dry_run=True)


def push_screenshots(
    asc: AppStoreConnect,
    target: Target | str,
    folder: str | Path,
    *,
    dry_run: bool = False,
    options: UploadOptions | None = None,
    progress: Progress | None = None,
    sleep: Sleep = time.sleep,
) -> MediaResult:
    """Make the screenshot and preview sets say what `folder` says: only new or changed files are uploaded."""
    flow = media_push_flow(
        target, folder, apply=not dry_run, options=options or UploadOptions(), progress=progress
    )
    return run(asc, flow, sleep)


async def async_push_screenshots(
    asc: AsyncAppStoreConnect,
    target: Target | str,
    folder: str | Path,
    *,
    dry_run: bool = False,
    options: UploadOptions | None = None,
    progress: Progress | None = None,
    sleep: AsyncSleep = anyio.sleep,
) -> MediaResult:
    """The async twin of `push_screenshots`."""
    flow = media_push_flow(
        target, folder, apply=not dry_run, options=options or UploadOptions(), progress=progress
    )
    return await async_run(asc, flow, sleep)


def pull_screenshots(asc: AppStoreConnect, target: Target | str, folder: str | Path) -> MediaPullResult:
    """Download the screenshots and previews of every set into `folder`, in Apple's order."""
    return run(asc, media_pull_flow(target, folder))


async def async_pull_screenshots(
    asc: AsyncAppStoreConnect, target: Target | str, folder: str | Path
) -> MediaPullResult:
    """The async twin of `pull_screenshots`."""
    return await async_run(asc, media_pull_flow(target, folder))
