"""Helpers of the upload tests (a uniquely named module, so no `conftest` import clashes)."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

from doubles import FakeTime

from app_store_connect import uploads
from app_store_connect.uploads import UploadOptions

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes" / "uploads"
PRESIGNED_HOST = "store-032.blobstore.apple.com"

# The files the cassettes were written for: a PNG header of a 1290 x 2796 image and padding (three parts of
# 1000 bytes), a small .ipa (two parts of 1500) and a QuickTime header with padding (one part).
PNG = b"\x89PNG\r\n\x1a\n" + struct.pack(">I4sII", 13, b"IHDR", 1290, 2796) + bytes(2500)
IPA = bytes(range(256)) * 10
MOV = b"\x00\x00\x00\x14ftypqt  " + bytes(1188)
SCREENSHOT_SET = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"
SCREENSHOT = "6a3b1f0e-2c4d-4e5f-9a8b-7c6d5e4f3a2b"
PREVIEW_SET = "2c3d4e5f-6071-4b8c-9d0e-1f2a3b4c5d6e"
APP = "1234567890"


class Uploader:
    """One face for the sync and async upload functions, so a test body exercises both paths."""

    def __init__(self, kind: str, asc: Any, time: FakeTime, **options: Any) -> None:
        self.kind = kind
        self.asc = asc
        self.time = time
        self.options = UploadOptions(clock=time.clock, **options)

    async def __call__(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Run `uploads.<name>` (or its `async_` twin) with fake time and this uploader's options."""
        kwargs.setdefault("options", self.options)
        if self.kind == "sync":
            return getattr(uploads, name)(self.asc, *args, sleep=self.time.sleep, **kwargs)
        function = getattr(uploads, f"async_{name}")
        return await function(self.asc, *args, sleep=self.time.async_sleep, **kwargs)


MakeUploader = Callable[..., Uploader]
"""Builds an `Uploader` of the test's client kind; keyword arguments are `UploadOptions`."""


def write(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` as `folder/name` and return the path."""
    path = folder / name
    path.write_bytes(data)
    return path
