"""Load Apple's OpenAPI file from its download URL, a local .zip, or a local .json."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any


class SpecSourceError(Exception):
    """The input could not be read as an OpenAPI document; the message says what to do."""


def load_spec(path: str | None, *, default_url: str) -> tuple[bytes, dict[str, Any], str]:
    """Return the raw JSON bytes, the parsed document and a description of where it came from."""
    if path is None:
        data, source = _download(default_url), default_url
    else:
        file = Path(path)
        if not file.is_file():
            raise SpecSourceError(f"{path}: no such file (give a .json or Apple's .zip)")
        data, source = file.read_bytes(), str(path)
    if data[:2] == b"PK":
        data = _json_from_zip(data, source)
    return data, _parse(data, source), source


def _download(url: str) -> bytes:
    import httpx

    try:
        response = httpx.get(url, follow_redirects=True, timeout=60)
        response.raise_for_status()
    except httpx.HTTPError as error:
        raise SpecSourceError(
            f"could not download {url}: {error}. Without network access, pass a local copy: --spec FILE"
        ) from None
    return response.content


def _json_from_zip(data: bytes, source: str) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise SpecSourceError(f"{source}: not a valid zip archive (download it again)") from None
    members = [
        name for name in archive.namelist() if name.endswith(".json") and not name.startswith("__MACOSX")
    ]
    if len(members) != 1:
        raise SpecSourceError(f"{source}: expected exactly one .json in the zip, found {members or 'none'}")
    return archive.read(members[0])


def _parse(data: bytes, source: str) -> dict[str, Any]:
    try:
        document = json.loads(data)
    except ValueError as error:
        raise SpecSourceError(f"{source}: not JSON ({error})") from None
    if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
        raise SpecSourceError(f"{source}: JSON, but not an OpenAPI document (no `openapi`/`paths` keys)")
    return document
