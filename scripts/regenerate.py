#!/usr/bin/env python3
"""Regenerate `generated/app_store_connect_api` from Apple's App Store Connect OpenAPI file.

    python scripts/regenerate.py                       # download Apple's zip (URL in spec/lock.json)
    python scripts/regenerate.py --spec FILE.json|.zip # offline input
    python scripts/regenerate.py --spec FILE --diff-only   # only print what changed against the lock
    python scripts/regenerate.py --spec FILE --check       # fail if generated/ differs from a fresh run

Steps: load the input, print what changed against the locked API surface (spec/surface.txt),
apply spec/patches.py, run openapi-python-client with spec/generator.yaml and spec/templates,
post-process (py.typed, operations index), replace generated/, and write spec/lock.json.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
LOCK_PATH = SPEC_DIR / "lock.json"
SURFACE_PATH = SPEC_DIR / "surface.txt"
PACKAGE = "app_store_connect_api"
GENERATED = ROOT / "generated" / PACKAGE
ENDPOINT_INDEX = ROOT / "docs" / "endpoints.md"
DEFAULT_URL = (
    "https://developer.apple.com/sample-code/app-store-connect/app-store-connect-openapi-specification.zip"
)

sys.path.insert(0, str(SPEC_DIR))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import patches  # noqa: E402  (spec/patches.py)
from spec_source import SpecSourceError, load_spec  # noqa: E402
from spec_surface import diff_surfaces, read_surface, surface_of, write_surface  # noqa: E402

EXIT_BAD_INPUT = 2
EXIT_GENERATOR_FAILED = 3
EXIT_OUT_OF_DATE = 4


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _canonical_bytes(spec: dict[str, Any]) -> bytes:
    return json.dumps(spec, sort_keys=True, separators=(",", ":")).encode()


def _apply_patches(spec: dict[str, Any]) -> None:
    print("Spec patches (places changed; 0 means Apple's file no longer needs it):")
    for patch, changed in patches.apply_all(spec):
        print(f"  {patch.quirk:<4} {patch.name:<42} {changed:>6}  {patch.reason}")


def _count_operations(spec: dict[str, Any]) -> int:
    methods = {"get", "put", "post", "patch", "delete", "head", "options"}
    return sum(1 for item in spec["paths"].values() for method in item if method in methods)


def _generate(patched_spec: dict[str, Any], work_dir: Path) -> Path:
    """Run openapi-python-client on the patched spec; return the generated package directory."""
    from generator import run_generator

    spec_path = work_dir / "patched-openapi.json"
    spec_path.write_bytes(_canonical_bytes(patched_spec))
    package_dir = work_dir / PACKAGE
    run_generator(
        spec_path=spec_path,
        output_path=package_dir,
        config_path=SPEC_DIR / "generator.yaml",
        templates_path=SPEC_DIR / "templates",
        raw_spec=patched_spec,
    )
    return package_dir


def _different_files(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (ignoring caches)."""
    differences: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        for name in comparison.left_only + comparison.right_only + comparison.diff_files:
            if name != "__pycache__":
                differences.append(prefix + name)
        for name, sub in comparison.subdirs.items():
            if name != "__pycache__":
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(differences)


def _write_lock(source: str, raw: bytes, raw_spec: dict[str, Any], patched: dict[str, Any]) -> None:
    from importlib.metadata import version

    lock = {
        "source": source,
        "download_url": DEFAULT_URL,
        "info_version": raw_spec.get("info", {}).get("version"),
        "input_sha256": _sha256(raw),
        "patched_sha256": _sha256(_canonical_bytes(patched)),
        "generator": f"openapi-python-client {version('openapi-python-client')}",
        "operations": _count_operations(patched),
        "schemas": len(patched.get("components", {}).get("schemas", {})),
    }
    LOCK_PATH.write_text(json.dumps(lock, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", help="local .json or .zip instead of downloading Apple's file")
    parser.add_argument(
        "--diff-only", action="store_true", help="print the API changes against the lock and stop"
    )
    parser.add_argument(
        "--check", action="store_true", help="fail if generated/ is not what this input produces"
    )
    args = parser.parse_args(argv)

    try:
        raw, raw_spec, source = load_spec(args.spec, default_url=_locked_url())
    except SpecSourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(
        f"Input: {source} (OpenAPI {raw_spec.get('openapi')}, info.version {raw_spec['info'].get('version')})"
    )
    _report_against_lock(raw, raw_spec)
    if args.diff_only:
        return 0

    patched = json.loads(raw)
    _apply_patches(patched)
    with tempfile.TemporaryDirectory(prefix="asc-regenerate-") as tmp:
        try:
            package_dir = _generate(patched, Path(tmp))
        except RuntimeError as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_GENERATOR_FAILED
        endpoint_index = (Path(tmp) / "endpoints.md").read_text()  # written beside the package
        if args.check:
            differences = _different_files(package_dir, GENERATED)
            if ENDPOINT_INDEX.read_text() != endpoint_index:
                differences.append(str(ENDPOINT_INDEX.relative_to(ROOT)))
            if differences:
                print(f"generated/ is out of date: {len(differences)} file(s) differ, e.g. {differences[:5]}")
                print("Run: python scripts/regenerate.py --spec <the locked spec> and commit the result.")
                return EXIT_OUT_OF_DATE
            print("generated/ is exactly what this spec produces.")
            return 0
        shutil.rmtree(GENERATED, ignore_errors=True)
        shutil.copytree(package_dir, GENERATED, ignore=shutil.ignore_patterns("__pycache__"))
        ENDPOINT_INDEX.write_text(endpoint_index)
    write_surface(SURFACE_PATH, surface_of(raw_spec))
    _write_lock(source, raw, raw_spec, patched)
    print("Wrote", *(str(path.relative_to(ROOT)) for path in (GENERATED, LOCK_PATH, SURFACE_PATH)))
    return 0


def _locked_url() -> str:
    if LOCK_PATH.exists():
        return str(json.loads(LOCK_PATH.read_text()).get("download_url", DEFAULT_URL))
    return DEFAULT_URL


def _report_against_lock(raw: bytes, raw_spec: dict[str, Any]) -> None:
    """S11: Apple changes the file without changing its version, so compare by hash and by surface."""
    if LOCK_PATH.exists():
        lock = json.loads(LOCK_PATH.read_text())
        same = lock.get("input_sha256") == _sha256(raw)
        version_note = f"locked {lock.get('info_version')} -> input {raw_spec['info'].get('version')}"
        print(f"Against spec/lock.json: {'identical input' if same else 'input differs'} ({version_note})")
    if SURFACE_PATH.exists():
        print(diff_surfaces(read_surface(SURFACE_PATH), surface_of(raw_spec)))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
