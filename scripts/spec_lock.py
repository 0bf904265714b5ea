"""spec/lock.json: the OpenAPI file generated/ comes from, by hash (S11), and what kind of copy it is.

Keys: `source` (URL or path), `source_kind` (`apple-download`: fetched by regenerate.py;
`local-zip`: a zip given with --spec, Apple's packaging; `local-json`: a .json given with --spec,
a copy), `source_note` (its provenance in words), `download_url` (Apple's), `info_version`,
`input_sha256` (the JSON as downloaded or given, taken out of the zip), `archive_sha256` (the zip
itself, or null), `patched_sha256` (the input after spec/patches.py, canonical JSON), `patches`
(places each patch changed), `generator`, `operations`, `schemas`. The README's operation count
is copied from here.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from spec_source import SpecInput

KIND_NOTES = {
    "apple-download": "Apple's zip as downloaded from `source` by scripts/regenerate.py",
    "local-zip": "a zip given with --spec (Apple publishes the file as this zip); not downloaded here",
    "local-json": "a .json given with --spec: a copy, not checked to be byte-identical to Apple's download",
}
_HTTP_METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}
_README_COUNT = re.compile(r"(covers all )([\d,]+)( operations)")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical_bytes(spec: dict[str, Any]) -> bytes:
    return json.dumps(spec, sort_keys=True, separators=(",", ":")).encode()


def count_operations(spec: dict[str, Any]) -> int:
    return sum(1 for item in spec["paths"].values() for method in item if method in _HTTP_METHODS)


def read_lock(path: Path) -> dict[str, Any]:
    """The lock as a dict; empty when there is none yet."""
    if not path.exists():
        return {}
    lock: dict[str, Any] = json.loads(path.read_text())
    return lock


def lock_for(
    spec_input: SpecInput,
    patched: dict[str, Any],
    patch_counts: dict[str, int],
    *,
    previous: dict[str, Any],
    download_url: str,
    generator: str,
    note: str | None = None,
) -> dict[str, Any]:
    """The lock describing `spec_input`; a provenance note survives while the same bytes come the same way."""
    input_sha256 = sha256(spec_input.raw)
    same_input = (
        previous.get("input_sha256") == input_sha256 and previous.get("source_kind") == spec_input.kind
    )
    kept_note = previous.get("source_note") if same_input else None
    return {
        "source": _portable(spec_input.source),
        "source_kind": spec_input.kind,
        "source_note": note or kept_note or KIND_NOTES[spec_input.kind],
        "download_url": download_url,
        "info_version": spec_input.document.get("info", {}).get("version"),
        "input_sha256": input_sha256,
        "archive_sha256": spec_input.archive_sha256,
        "patched_sha256": sha256(canonical_bytes(patched)),
        "patches": patch_counts,
        "generator": generator,
        "operations": count_operations(patched),
        "schemas": len(patched.get("components", {}).get("schemas", {})),
    }


def write_lock(path: Path, lock: dict[str, Any]) -> None:
    path.write_text(json.dumps(lock, indent=2) + "\n")


def readme_operation_count(text: str) -> int | None:
    """The number in the README's "covers all N operations", or None when the phrase is missing."""
    match = _README_COUNT.search(text)
    return int(match[2].replace(",", "")) if match else None


def sync_readme(path: Path, operations: int) -> bool:
    """Write the lock's operation count into the README; False when the phrase is not there."""
    text = path.read_text()
    if readme_operation_count(text) is None:
        return False
    path.write_text(_README_COUNT.sub(rf"\g<1>{operations:,}\g<3>", text, count=1))
    return True


def _portable(source: str) -> str:
    """A path relative to the checkout (the lock reads the same on every machine); URLs unchanged."""
    if "://" in source:
        return source
    root = Path(__file__).resolve().parent.parent
    return Path(os.path.relpath(Path(source).resolve(), root)).as_posix()
