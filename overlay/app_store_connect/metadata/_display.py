"""Display types of screenshots and previews: from a folder's name, or from the image's size.

Sizes are Apple's screenshot specifications (App Store Connect Help, "Screenshot specifications"),
portrait and landscape; a folder named after a display type (`APP_IPHONE_67`, or `IPHONE_67`) wins,
and the names themselves come from the generated `ScreenshotDisplayType`, so a type Apple adds to the
spec is accepted after regeneration.
"""

from __future__ import annotations

import struct
from pathlib import Path

from app_store_connect_api.models.preview_type import PreviewType
from app_store_connect_api.models.screenshot_display_type import ScreenshotDisplayType

from ._errors import MetadataFolderError

DISPLAY_TYPES = frozenset(member.value for member in ScreenshotDisplayType if member.is_known)
PREVIEW_TYPES = frozenset(member.value for member in PreviewType if member.is_known)
_SIZES = {
    "APP_IPHONE_67": ((1320, 2868), (1290, 2796), (1260, 2736)),
    "APP_IPHONE_65": ((1284, 2778), (1242, 2688)),
    "APP_IPHONE_61": ((1206, 2622), (1179, 2556), (1170, 2532)),
    "APP_IPHONE_58": ((1125, 2436), (1080, 2340)),
    "APP_IPHONE_55": ((1242, 2208),),
    "APP_IPHONE_47": ((750, 1334),),
    "APP_IPHONE_40": ((640, 1136),),
    "APP_IPHONE_35": ((640, 960),),
    "APP_IPAD_PRO_3GEN_129": ((2064, 2752), (2048, 2732)),
    "APP_IPAD_PRO_3GEN_11": ((1668, 2420), (1668, 2388), (1640, 2360), (1488, 2266)),
    "APP_IPAD_105": ((1668, 2224),),
    "APP_IPAD_97": ((1536, 2048),),
    "APP_DESKTOP": ((2880, 1800), (2560, 1600), (1440, 900), (1280, 800)),
    "APP_APPLE_TV": ((3840, 2160), (1920, 1080)),
    "APP_WATCH_ULTRA": ((422, 514), (410, 502)),
    "APP_WATCH_SERIES_10": ((416, 496),),
    "APP_WATCH_SERIES_7": ((396, 484),),
    "APP_WATCH_SERIES_4": ((368, 448),),
    "APP_WATCH_SERIES_3": ((312, 390),),
}
_BY_SIZE = {
    size: name
    for name, sizes in _SIZES.items()
    for width, height in sizes
    for size in ((width, height), (height, width))
    if not (name == "APP_APPLE_TV" and width < height)
}
IMESSAGE_FOLDER = "iMessage"  # deliver's folder of iMessage screenshots


def folder_display_type(name: str) -> str | None:
    """The display type a folder's name gives (`APP_IPHONE_67`, `iphone_67`), or None."""
    upper = name.upper()
    for candidate in (upper, f"APP_{upper}"):
        if candidate in DISPLAY_TYPES:
            return candidate
    return None


def inferred_display_type(path: Path, *, imessage: bool = False) -> str:
    """The display type of an image from its pixel size; an unknown size says which sizes are known."""
    size = image_size(path)
    name = _BY_SIZE.get(size)
    if name is None:
        raise MetadataFolderError(
            f"{path} is {size[0]}x{size[1]} pixels, not a size of Apple's screenshot specifications; put it "
            "in a folder named after its display type (e.g. APP_IPHONE_67) or resize it"
        )
    if imessage:
        name = f"IMESSAGE_{name}"
        if name not in DISPLAY_TYPES:
            raise MetadataFolderError(f"{path}: iMessage screenshots of this size are not accepted by Apple")
    return name


def preview_type(display_type: str) -> str | None:
    """`APP_IPHONE_67` -> `IPHONE_67`; None for a display type without previews."""
    name = display_type.removeprefix("APP_")
    return name if name in PREVIEW_TYPES else None


def image_size(path: Path) -> tuple[int, int]:
    """(width, height) of a PNG or JPEG file, read from its header."""
    with path.open("rb") as file:
        head = file.read(26)
        if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
            width, height = struct.unpack(">II", head[16:24])
            return int(width), int(height)
        if head.startswith(b"\xff\xd8"):
            file.seek(2)
            return _jpeg_size(path, file.read())
    raise MetadataFolderError(f"{path} is neither a PNG nor a JPEG image")


def _jpeg_size(path: Path, data: bytes) -> tuple[int, int]:
    position = 0
    while position + 9 < len(data):
        if data[position] != 0xFF:
            break
        marker = data[position + 1]
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return int(width), int(height)
        position += 2 + length
    raise MetadataFolderError(f"{path} is a JPEG whose size cannot be read; save it again as PNG or JPEG")
