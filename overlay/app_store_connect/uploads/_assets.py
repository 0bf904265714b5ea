"""`upload_asset`: a file as any uploadable asset of the spec, e.g. a review attachment or an IAP image."""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from typing import Any

import anyio

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._steps import AsyncSleep, Flow, Sleep, async_run, run
from ._flow import asset_flow
from ._kinds import asset_kind
from ._options import UploadOptions
from ._types import ProgressCallback, UploadResult


def _flow(
    asset_type: str,
    parent_id: str | None,
    path: str | os.PathLike[str],
    attributes: Mapping[str, Any] | None,
    options: UploadOptions | None,
    progress: ProgressCallback | None,
) -> Flow[UploadResult]:
    kind = asset_kind(asset_type)
    return asset_flow(kind, parent_id, path, attributes or {}, options or UploadOptions(), progress)


def upload_asset(
    asc: AppStoreConnect,
    asset_type: str,
    parent_id: str | None,
    path: str | os.PathLike[str],
    *,
    attributes: Mapping[str, Any] | None = None,
    options: UploadOptions | None = None,
    progress: ProgressCallback | None = None,
    sleep: Sleep = time.sleep,
) -> UploadResult:
    """Upload a file as a new `asset_type` (see `asset_types()`) in its parent, e.g.
    `upload_asset(asc, "appStoreReviewAttachments", review_detail_id, "demo.mov")`.

    `attributes` adds what the kind requires besides the file's name and size (an app event's
    `appEventAssetType`); a kind created on its own takes `parent_id=None`. Errors as `upload_screenshot`.
    """
    return run(asc, _flow(asset_type, parent_id, path, attributes, options, progress), sleep)


async def async_upload_asset(
    asc: AsyncAppStoreConnect,
    asset_type: str,
    parent_id: str | None,
    path: str | os.PathLike[str],
    *,
    attributes: Mapping[str, Any] | None = None,
    options: UploadOptions | None = None,
    progress: ProgressCallback | None = None,
    sleep: AsyncSleep = anyio.sleep,
) -> UploadResult:
    """The async twin of `upload_asset`."""
    return await async_run(asc, _flow(asset_type, parent_id, path, attributes, options, progress), sleep)
