"""Uploads of screenshots, app previews and builds: reserve, send parts, commit, poll (Q6, Q13, Q14).

`upload_screenshot(asc, set_id, "home.png")`, `upload_app_preview(...)`,
`upload_build(asc, app_id, "App.ipa", "1.2", "42", "IOS")` and `upload_asset(asc, asset_type, parent_id,
path)` (any of `asset_types()`: every kind of the spec with `uploadOperations`, such as review
attachments, in-app purchase images, Game Center images) return an `UploadResult` once Apple
has processed the file. Parts go to Apple's presigned URLs in parallel (`UploadOptions.workers`)
without the API token; a failure says which part failed and why, and `resume_upload(asc,
error.state)` continues from the parts Apple already has. Every function has an `async_` twin
for `AsyncAppStoreConnect`.
"""

from __future__ import annotations

from ._assets import async_upload_asset, upload_asset
from ._errors import (
    CreateUncertainError,
    DeliveryFailedError,
    PartFailure,
    UploadArgumentError,
    UploadError,
    UploadPartError,
    UploadPlanError,
    UploadTimeoutError,
)
from ._kinds import asset_types
from ._options import UploadOptions
from ._plan import Part
from ._state import UploadState
from ._types import (
    BuildStatus,
    DeliveryIssue,
    DeliveryState,
    Phase,
    ProgressCallback,
    UploadProgress,
    UploadResult,
)
from ._upload import (
    async_resume_upload,
    async_upload_app_preview,
    async_upload_build,
    async_upload_screenshot,
    resume_upload,
    upload_app_preview,
    upload_build,
    upload_screenshot,
)

__all__ = [
    "BuildStatus",
    "CreateUncertainError",
    "DeliveryFailedError",
    "DeliveryIssue",
    "DeliveryState",
    "Part",
    "PartFailure",
    "Phase",
    "ProgressCallback",
    "UploadArgumentError",
    "UploadError",
    "UploadOptions",
    "UploadPartError",
    "UploadPlanError",
    "UploadProgress",
    "UploadResult",
    "UploadState",
    "UploadTimeoutError",
    "asset_types",
    "async_resume_upload",
    "async_upload_app_preview",
    "async_upload_asset",
    "async_upload_build",
    "async_upload_screenshot",
    "resume_upload",
    "upload_app_preview",
    "upload_asset",
    "upload_build",
    "upload_screenshot",
]
