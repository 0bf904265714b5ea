"""The public upload functions: screenshots, app previews, builds and resuming, sync and async."""

from __future__ import annotations

import mimetypes
import os
import time
from pathlib import Path
from typing import Any

import anyio

from app_store_connect_api.models.platform import Platform

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._steps import AsyncSleep, Flow, Sleep, async_run, run
from ._flow import asset_flow, build_flow, resume_flow
from ._kinds import PREVIEWS, SCREENSHOTS
from ._options import UploadOptions
from ._state import UploadState
from ._types import ProgressCallback, UploadResult

_VIDEO_TYPES = {".mov": "video/quicktime", ".mp4": "video/mp4", ".m4v": "video/x-m4v"}


def _screenshot(
    set_id: str,
    path: str | os.PathLike[str],
    options: UploadOptions | None,
    progress: ProgressCallback | None,
) -> Flow[UploadResult]:
    return asset_flow(SCREENSHOTS, set_id, path, {}, options or UploadOptions(), progress)


def _preview(
    set_id: str,
    path: str | os.PathLike[str],
    frame: str | None,
    options: UploadOptions | None,
    progress: ProgressCallback | None,
) -> Flow[UploadResult]:
    attributes: dict[str, Any] = {}  # unset ones are left out (Q16)
    mime_type = _VIDEO_TYPES.get(Path(path).suffix.lower()) or mimetypes.guess_type(path)[0]
    if mime_type is not None:
        attributes["mimeType"] = mime_type
    if frame is not None:
        attributes["previewFrameTimeCode"] = frame
    return asset_flow(PREVIEWS, set_id, path, attributes, options or UploadOptions(), progress)


def upload_screenshot(
    asc: AppStoreConnect,
    screenshot_set_id: str,
    path: str | os.PathLike[str],
    *,
    options: UploadOptions | None = None,
    progress: ProgressCallback | None = None,
    sleep: Sleep = time.sleep,
) -> UploadResult:
    """Upload an image into a screenshot set; returns once Apple has processed it (`COMPLETE`).

    Raises `UploadError` subclasses: parts that failed (`UploadPartError`, resumable), a file Apple
    refused (`DeliveryFailedError`, with Apple's reasons), a state that never ended (`UploadTimeoutError`).
    """
    return run(asc, _screenshot(screenshot_set_id, path, options, progress), sleep)


async def async_upload_screenshot(
    asc: AsyncAppStoreConnect,
    screenshot_set_id: str,
    path: str | os.PathLike[str],
    *,
    options: UploadOptions | None = None,
    progress: ProgressCallback | None = None,
    sleep: AsyncSleep = anyio.sleep,
) -> UploadResult:
    """The async twin of `upload_screenshot`."""
    return await async_run(asc, _screenshot(screenshot_set_id, path, options, progress), sleep)


def upload_app_preview(
    asc: AppStoreConnect,
    preview_set_id: str,
    path: str | os.PathLike[str],
    *,
    preview_frame_time_code: str | None = None,
    options: UploadOptions | None = None,
    progress: ProgressCallback | None = None,
    sleep: Sleep = time.sleep,
) -> UploadResult:
    """Upload a video into an app preview set (its MIME type from the extension); see `upload_screenshot`."""
    flow = _preview(preview_set_id, path, preview_frame_time_code, options, progress)
    return run(asc, flow, sleep)


async def async_upload_app_preview(
    asc: AsyncAppStoreConnect,
    preview_set_id: str,
    path: str | os.PathLike[str],
    *,
    preview_frame_time_code: str | None = None,
    options: UploadOptions | None = None,
    progress: ProgressCallback | None = None,
    sleep: AsyncSleep = anyio.sleep,
) -> UploadResult:
    """The async twin of `upload_app_preview`."""
    flow = _preview(preview_set_id, path, preview_frame_time_code, options, progress)
    return await async_run(asc, flow, sleep)


def upload_build(
    asc: AppStoreConnect,
    app_id: str,
    path: str | os.PathLike[str],
    version: str,
    build_number: str,
    platform: Platform | str,
    *,
    options: UploadOptions | None = None,
    progress: ProgressCallback | None = None,
    sleep: Sleep = time.sleep,
) -> UploadResult:
    """Upload an .ipa (or a macOS .pkg) as build `version` (`build_number`) without altool.

    Creates a `buildUploads` entry, uploads the file as its `buildUploadFiles` asset, and polls the
    build upload until it ends; `result.build` has the build's id and processing state.
    """
    flow = build_flow(app_id, path, version, build_number, platform, options or UploadOptions(), progress)
    return run(asc, flow, sleep)


async def async_upload_build(
    asc: AsyncAppStoreConnect,
    app_id: str,
    path: str | os.PathLike[str],
    version: str,
    build_number: str,
    platform: Platform | str,
    *,
    options: UploadOptions | None = None,
    progress: ProgressCallback | None = None,
    sleep: AsyncSleep = anyio.sleep,
) -> UploadResult:
    """The async twin of `upload_build`."""
    flow = build_flow(app_id, path, version, build_number, platform, options or UploadOptions(), progress)
    return await async_run(asc, flow, sleep)


def resume_upload(
    asc: AppStoreConnect,
    state: UploadState,
    *,
    options: UploadOptions | None = None,
    progress: ProgressCallback | None = None,
    sleep: Sleep = time.sleep,
) -> UploadResult:
    """Continue a failed upload from `error.state` (or `UploadState.from_json`): only missing parts are sent,
    and an upload whose commit already happened is only polled."""
    return run(asc, resume_flow(state, options or UploadOptions(), progress), sleep)


async def async_resume_upload(
    asc: AsyncAppStoreConnect,
    state: UploadState,
    *,
    options: UploadOptions | None = None,
    progress: ProgressCallback | None = None,
    sleep: AsyncSleep = anyio.sleep,
) -> UploadResult:
    """The async twin of `resume_upload`."""
    return await async_run(asc, resume_flow(state, options or UploadOptions(), progress), sleep)
