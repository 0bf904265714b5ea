"""spec/lock.json: the file generated/ comes from, by hash, and what kind of copy it is (issue 19, S11)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHARED_SPEC = PROJECT_ROOT.parent / "shared" / "spec" / "app-store-connect-openapi.json"
LOCK = PROJECT_ROOT / "spec" / "lock.json"
sys.path.insert(0, str(PROJECT_ROOT / "spec"))
sys.path.insert(0, str(PROJECT_ROOT / "scripts"))

import patches  # noqa: E402
import spec_lock  # noqa: E402
from spec_source import SpecInput  # noqa: E402


@pytest.fixture(scope="module")
def shared_bytes() -> bytes:
    if not SHARED_SPEC.is_file():
        pytest.skip(f"Apple's spec not found at {SHARED_SPEC} (../shared is not beside the checkout)")
    return SHARED_SPEC.read_bytes()


def test_s11_lock_says_the_input_is_a_public_copy_not_apples_download(shared_bytes: bytes) -> None:
    lock = json.loads(LOCK.read_text())
    assert lock["source"] == "../shared/spec/app-store-connect-openapi.json"
    assert lock["source_kind"] == "local-json"
    assert "not Apple's raw download" in lock["source_note"]
    assert "SOURCE.md" in lock["source_note"]
    assert lock["input_sha256"] == hashlib.sha256(shared_bytes).hexdigest()
    assert lock["archive_sha256"] is None


def test_s11_lock_records_the_patched_input_and_each_patch_count(shared_bytes: bytes) -> None:
    lock = json.loads(LOCK.read_text())
    patched = json.loads(shared_bytes)
    counts = {patch.name: count for patch, count in patches.apply_all(patched)}
    assert lock["patched_sha256"] == spec_lock.sha256(spec_lock.canonical_bytes(patched))
    assert lock["patches"] == counts
    assert lock["operations"] == spec_lock.count_operations(patched)


def test_readme_operation_count_is_the_locks() -> None:
    lock = json.loads(LOCK.read_text())
    assert spec_lock.readme_operation_count((PROJECT_ROOT / "README.md").read_text()) == lock["operations"]


def test_sync_readme_writes_the_count_with_a_thousands_separator(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("A client that covers all 1,263 operations of Apple's file.\n")
    assert spec_lock.sync_readme(readme, 1303)
    assert readme.read_text() == "A client that covers all 1,303 operations of Apple's file.\n"
    readme.write_text("No count here.\n")
    assert not spec_lock.sync_readme(readme, 1303)


def spec_input(raw: bytes, *, downloaded: bool = False, archive: str | None = None) -> SpecInput:
    document = {"openapi": "3.0.1", "info": {"version": "4.5"}, "paths": {}, "components": {"schemas": {}}}
    return SpecInput(raw, document, "https://example.invalid/spec.zip", archive, downloaded)


def test_s11_a_provenance_note_holds_only_while_the_same_file_comes_the_same_way() -> None:
    first = spec_input(b"{1}")
    previous = spec_lock.lock_for(
        first, first.document, {}, previous={}, download_url="u", generator="g", note="a public copy"
    )
    assert previous["source_note"] == "a public copy"
    same = spec_lock.lock_for(first, first.document, {}, previous=previous, download_url="u", generator="g")
    assert same["source_note"] == "a public copy"
    other = spec_lock.lock_for(
        spec_input(b"{2}"), first.document, {}, previous=previous, download_url="u", generator="g"
    )
    assert other["source_note"] == spec_lock.KIND_NOTES["local-json"]
    from_apple = spec_lock.lock_for(
        spec_input(b"{1}", downloaded=True, archive="ab" * 32),
        first.document,
        {},
        previous=previous,
        download_url="u",
        generator="g",
    )
    assert from_apple["source_kind"] == "apple-download"
    assert from_apple["source_note"] == spec_lock.KIND_NOTES["apple-download"]
    assert from_apple["archive_sha256"] == "ab" * 32


def test_lock_only_refuses_an_input_generated_does_not_come_from(shared_bytes: bytes, tmp_path: Path) -> None:
    document = json.loads(shared_bytes)
    document["info"]["version"] = "4.5"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(document))
    before = LOCK.read_bytes()
    result = subprocess.run(
        [
            sys.executable,
            str(PROJECT_ROOT / "scripts" / "regenerate.py"),
            "--spec",
            str(other),
            "--lock-only",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 4, result.stdout + result.stderr
    assert "run a full regeneration instead of --lock-only" in result.stderr
    assert LOCK.read_bytes() == before
