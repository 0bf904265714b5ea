"""Load Apple's OpenAPI file from its download URL, a local .zip, or a local .json."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DOWNLOAD_TIMEOUT = 60.0


class SpecSourceError(Exception):
    """The input could not be read as an OpenAPI document; the message says what to do."""


@dataclass(frozen=True)
class SpecInput:
    """The OpenAPI file as read: its JSON bytes, the parsed document, and where it came from."""

    raw: bytes  # the JSON document, taken out of the zip when it came zipped
    document: dict[str, Any]
    source: str  # the URL downloaded or the path given
    archive_sha256: str | None  # the zip exactly as downloaded or given; None for a plain .json
    downloaded: bool

    @property
    def kind(self) -> str:
        """`apple-download` (fetched here), `local-zip` (Apple's packaging) or `local-json` (a copy)."""
        if self.downloaded:
            return "apple-download"
        return "local-zip" if self.archive_sha256 else "local-json"


def load_spec(path: str | None, *, default_url: str, timeout: float = DOWNLOAD_TIMEOUT) -> SpecInput:
    """Read `path`, or download `default_url` when no path is given."""
    if path is None:
        data, source = _download(default_url, timeout), default_url
    else:
        file = Path(path)
        if not file.is_file():
            raise SpecSourceError(f"{path}: no such file (give a .json or Apple's .zip)")
        data, source = file.read_bytes(), str(path)
    archive_sha256 = None
    if data[:2] == b"PK":
        archive_sha256 = hashlib.sha256(data).hexdigest()
        data = _json_from_zip(data, source)
    return SpecInput(data, _parse(data, source), source, archive_sha256, downloaded=path is None)


def _download(url: str, timeout: float) -> bytes:
    import httpx

    try:
        response = httpx.get(url, follow_redirects=True, timeout=timeout)
        response.raise_for_status()
    except httpx.TimeoutException:
        raise SpecSourceError(
            f"could not download {url}: no answer within {timeout:g} s; try again later or raise --timeout"
        ) from None
    except httpx.HTTPError as error:
        raise SpecSourceError(
            f"could not download {url}: {error}. Without network access, pass a local copy: --spec FILE"
        ) from None
    return response.content


def _json_from_zip(data: bytes, source: str) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [
            name for name in archive.namelist() if name.endswith(".json") and not name.startswith("__MACOSX")
        ]
        if len(members) != 1:
            raise SpecSourceError(
                f"{source}: expected exactly one .json in the zip, found {members or 'none'}"
            )
        return archive.read(members[0])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError) as error:
        raise SpecSourceError(f"{source}: not a valid zip archive ({error}); download it again") from None


def _parse(data: bytes, source: str) -> dict[str, Any]:
    try:
        document = json.loads(data)
    except ValueError as error:
        raise SpecSourceError(f"{source}: not JSON ({error})") from None
    if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
        raise SpecSourceError(f"{source}: JSON, but not an OpenAPI document (no `openapi`/`paths` keys)")
    return document
