"""Screenshot and preview folders in fastlane deliver's layout, read into ordered sets of files.

`screenshots/<locale>/*.png` (display type from the image size), `screenshots/<locale>/<DISPLAY_TYPE>/
NN-*.png` (from the folder's name), videos (`.mov`, `.mp4`, `.m4v`) in a display type's folder as its
app previews, with the poster frame time code in `<video file name>.poster.txt` (`01-intro.mp4.poster.txt`
holding `00:00:05:00`). Files are ordered by name, so `01-`, `02-` prefixes set the order.

Apple's CDN serves a re-encoded copy, so a pulled file's MD5 is not the `sourceFileChecksum` of what was
uploaded: `pull` writes both in the set folder's `.checksums.json`, and an unedited pulled file counts as
the asset it came from.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from ._display import IMESSAGE_FOLDER, folder_display_type, inferred_display_type, preview_type
from ._errors import LimitError, MetadataFolderError
from ._folder import LOCALE

_IMAGES = {".png", ".jpg", ".jpeg"}
_VIDEOS = {".mov", ".mp4", ".m4v"}
POSTER_SUFFIX = ".poster.txt"
CHECKSUMS_FILE = ".checksums.json"  # {file name: {"md5": of the file, "sourceFileChecksum": Apple's}}
_TIME_CODE = re.compile(r"^\d\d:\d\d:\d\d(:\d\d)?$")


class MediaKind(Enum):
    """Screenshots or app previews: their set and asset types, the attribute naming the set's device,
    and how many a set holds (Apple: up to 10 screenshots, up to 3 previews per locale and device)."""

    SCREENSHOTS = ("appScreenshotSets", "appScreenshots", "screenshotDisplayType", 10)
    PREVIEWS = ("appPreviewSets", "appPreviews", "previewType", 3)

    def __init__(self, set_type: str, asset_type: str, device_attribute: str, most: int) -> None:
        self.set_type = set_type
        self.asset_type = asset_type
        self.device_attribute = device_attribute
        self.most = most


@dataclass(frozen=True)
class MediaFile:
    """One file to be in a set, with the MD5 Apple reports as `sourceFileChecksum`."""

    path: Path
    checksum: str
    poster: str | None = None  # previews: `previewFrameTimeCode`


@dataclass
class MediaSet:
    """The files of one locale's set of one device, in order."""

    locale: str
    kind: MediaKind
    device: str  # a ScreenshotDisplayType or a PreviewType value
    files: list[MediaFile] = field(default_factory=list)

    @property
    def name(self) -> str:
        """`en-US APP_IPHONE_67 screenshots`, for plans and messages."""
        media = "screenshots" if self.kind is MediaKind.SCREENSHOTS else "previews"
        return f"{self.locale} {self.device} {media}"


def read_media_folder(folder: str | Path) -> list[MediaSet]:
    """Every set the folder holds, by locale and device; a file that fits nowhere is an error."""
    root = Path(folder)
    if not root.is_dir():
        raise MetadataFolderError(
            f"{root} is not a folder; give the screenshots folder (as `pull` writes it)"
        )
    sets: dict[tuple[str, MediaKind, str], MediaSet] = {}
    for locale_dir in _entries(root):
        if not locale_dir.is_dir() or not LOCALE.match(locale_dir.name):
            raise MetadataFolderError(
                f"{locale_dir} is not a locale folder (such as en-US) of the screenshots"
            )
        for entry in _entries(locale_dir):
            if entry.is_dir():
                _read_device_folder(sets, locale_dir.name, entry)
            else:
                _add(sets, locale_dir.name, entry, None, imessage=False)
    problems = []
    for media_set in sets.values():
        media_set.files.sort(key=lambda file: file.path.name)
        if len(media_set.files) > media_set.kind.most:
            problems.append(
                f"{media_set.name} has {len(media_set.files)} files, Apple takes {media_set.kind.most}"
            )
    if problems:
        raise LimitError(problems)
    return sorted(sets.values(), key=lambda s: (s.locale, s.kind.value, s.device))


def _read_device_folder(sets: dict[tuple[str, MediaKind, str], MediaSet], locale: str, folder: Path) -> None:
    device = folder_display_type(folder.name)
    imessage = folder.name == IMESSAGE_FOLDER
    if device is None and not imessage and folder.name != "appleTV":
        raise MetadataFolderError(
            f"{folder} is not named after a display type (such as APP_IPHONE_67 or APP_IPAD_PRO_3GEN_129)"
        )
    if folder.name == "appleTV":
        device = "APP_APPLE_TV"
    for entry in _entries(folder):
        if entry.name.endswith(POSTER_SUFFIX):
            continue
        _add(sets, locale, entry, device, imessage=imessage)


def _add(
    sets: dict[tuple[str, MediaKind, str], MediaSet],
    locale: str,
    path: Path,
    device: str | None,
    *,
    imessage: bool,
) -> None:
    suffix = path.suffix.lower()
    if suffix in _IMAGES:
        kind, name = MediaKind.SCREENSHOTS, device or inferred_display_type(path, imessage=imessage)
        poster = None
    elif suffix in _VIDEOS:
        kind, name = MediaKind.PREVIEWS, _preview_device(path, device)
        poster = _poster(path)
    else:
        raise MetadataFolderError(
            f"{path} is neither a screenshot (.png, .jpg) nor a preview (.mov, .mp4, .m4v)"
        )
    media_set = sets.setdefault((locale, kind, name), MediaSet(locale, kind, name))
    media_set.files.append(MediaFile(path, _checksum(path), poster))


def _preview_device(path: Path, device: str | None) -> str:
    found = None if device is None else preview_type(device)
    if found is None:
        raise MetadataFolderError(
            f"{path}: put app previews in a folder named after a display type that takes previews (such as "
            "APP_IPHONE_67); their device cannot be told from the video"
        )
    return found


def _poster(path: Path) -> str | None:
    poster = path.with_name(path.name + POSTER_SUFFIX)
    if not poster.is_file():
        return None
    code = poster.read_text(encoding="utf-8").strip()
    if not _TIME_CODE.match(code):
        raise MetadataFolderError(f"{poster} must hold a time code such as 00:00:05:00, not {code!r}")
    return code


def _entries(folder: Path) -> list[Path]:
    return sorted(entry for entry in folder.iterdir() if not entry.name.startswith("."))


def write_checksums(folder: Path, checksums: Mapping[str, tuple[str, str]]) -> None:
    """Record, for pulled files, their MD5 and the `sourceFileChecksum` of the asset they came from."""
    entries = _recorded(folder)  # screenshots and previews of a device share a folder
    entries.update(
        {name: {"md5": md5, "sourceFileChecksum": source} for name, (md5, source) in checksums.items()}
    )
    (folder / CHECKSUMS_FILE).write_text(json.dumps(entries, indent=1, sort_keys=True) + "\n")


def _checksum(path: Path) -> str:
    """The file's MD5, or Apple's checksum of the asset it was pulled from while it is unedited."""
    md5 = _md5(path)
    recorded = _recorded(path.parent).get(path.name) or {}
    return str(recorded.get("sourceFileChecksum") or md5) if recorded.get("md5") == md5 else md5


def _recorded(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / CHECKSUMS_FILE
    if not path.is_file():
        return {}
    try:
        entries: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        raise MetadataFolderError(f"{path} is not JSON; delete it (it only records pulled files)") from None
    return entries


def _md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
