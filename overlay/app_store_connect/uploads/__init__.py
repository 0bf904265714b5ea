"""Uploads of screenshots, app previews and builds: reserve, send parts, commit, poll (Q6, Q13, Q14).

`upload_screenshot(asc, set_id, "home.png")`, `upload_app_preview(...)` and
`upload_build(asc, app_id, "App.ipa", "1.2", "42", "IOS")` return an `UploadResult` once Apple
has processed the file. Parts go to Apple's presigned URLs in parallel (`UploadOptions.workers`)
without the API token; a failure says which part failed and why, and `resume_upload(asc,
error.state)` continues from the parts Apple already has. Every function has an `async_` twin
for `AsyncAppStoreConnect`.
"""

from __future__ import annotations

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
    "async_resume_upload",
    "async_upload_app_preview",
    "async_upload_build",
    "async_upload_screenshot",
    "resume_upload",
    "upload_app_preview",
    "upload_build",
    "upload_screenshot",
]
