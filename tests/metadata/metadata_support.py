"""Helpers of the metadata tests: the seeded app, and screenshot folders of small PNGs whose bytes (and
MD5) differ by tag."""

from __future__ import annotations

import struct
from pathlib import Path

APP = "com.example.trailhead"  # the first seeded app: version 2.1 in PREPARE_FOR_SUBMISSION, en-US and de-DE
IPHONE_67 = (1290, 2796)
IPAD_13 = (2048, 2732)


def png(size: tuple[int, int], tag: str) -> bytes:
    """A PNG header of `size` pixels, then bytes that depend on `tag`."""
    width, height = size
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I4sII", 13, b"IHDR", width, height) + tag.encode() * 40


def screenshots_folder(
    root: Path, locales: tuple[str, ...], count: int, size: tuple[int, int] = IPHONE_67
) -> Path:
    """`root/<locale>/NN-shot.png` for each locale, the display type left to the image size."""
    for locale in locales:
        (root / locale).mkdir(parents=True, exist_ok=True)
        for index in range(count):
            (root / locale / f"{index:02d}-shot.png").write_bytes(png(size, f"{locale}-{index}"))
    return root
