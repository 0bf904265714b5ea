#!/usr/bin/env python3
"""Regenerate `generated/app_store_connect_api` from Apple's App Store Connect OpenAPI file.

    python scripts/regenerate.py                       # download Apple's zip (URL in spec/lock.json)
    python scripts/regenerate.py --spec FILE.json|.zip # offline input
    python scripts/regenerate.py --spec FILE --diff-only   # only print what changed against the lock
    python scripts/regenerate.py --spec FILE --check       # fail if generated/ differs from a fresh run
    python scripts/regenerate.py --spec FILE --lock-only   # rewrite spec/lock.json and the README count
    python scripts/regenerate.py --check-upstream [--changelog FILE]   # has Apple changed the file?

Steps: load the input, print what changed against the locked API surface (spec/surface.txt),
apply spec/patches.py, run openapi-python-client with spec/generator.yaml and spec/templates,
post-process (py.typed, operations index), replace generated/, and write spec/lock.json (and the
README's operation count from it).

--check-upstream downloads Apple's zip and exits 0 when it is the locked input, 1 when it changed
(the report is the changelog), 2 on an error. Downloads use --url, else $ASC_SPEC_URL, else the
lock's download_url.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
LOCK_PATH = SPEC_DIR / "lock.json"
SURFACE_PATH = SPEC_DIR / "surface.txt"
README_PATH = ROOT / "README.md"
PACKAGE = "app_store_connect_api"
GENERATED = ROOT / "generated" / PACKAGE
ENDPOINT_INDEX = ROOT / "docs" / "endpoints.md"
DEFAULT_URL = (
    "https://developer.apple.com/sample-code/app-store-connect/app-store-connect-openapi-specification.zip"
)

sys.path.insert(0, str(SPEC_DIR))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import patches  # noqa: E402  (spec/patches.py)
import sandbox_model  # noqa: E402
import spec_lock  # noqa: E402
import upload_kinds  # noqa: E402
import upstream  # noqa: E402
from spec_source import DOWNLOAD_TIMEOUT, SpecInput, SpecSourceError, load_spec  # noqa: E402
from spec_surface import diff_surfaces, read_surface, surface_of, write_surface  # noqa: E402

EXIT_BAD_INPUT = 2
EXIT_GENERATOR_FAILED = 3
EXIT_OUT_OF_DATE = 4


def _apply_patches(spec: dict[str, Any]) -> dict[str, int]:
    """Apply spec/patches.py and print each patch's count; return the counts by patch name."""
    print("Spec patches (places changed; 0 means Apple's file no longer needs it):")
    counts: dict[str, int] = {}
    for patch, changed in patches.apply_all(spec):
        print(f"  {patch.quirk:<4} {patch.name:<42} {changed:>6}  {patch.reason}")
        counts[patch.name] = changed
    return counts


def _generate(patched_spec: dict[str, Any], work_dir: Path) -> Path:
    """Run openapi-python-client on the patched spec; return the generated package directory."""
    from generator import run_generator

    spec_path = work_dir / "patched-openapi.json"
    spec_path.write_bytes(spec_lock.canonical_bytes(patched_spec))
    package_dir = work_dir / PACKAGE
    with _endpoints_not_deep_copied():
        run_generator(
            spec_path=spec_path,
            output_path=package_dir,
            config_path=SPEC_DIR / "generator.yaml",
            templates_path=SPEC_DIR / "templates",
            raw_spec=patched_spec,
        )
    return package_dir


_COPYING_GENERATOR = "0.29.1"


@contextmanager
def _endpoints_not_deep_copied() -> Iterator[None]:
    """Speed: skip openapi-python-client's defensive deep copies of each endpoint while it parses.

    In 0.29.1 `Endpoint.add_parameters` (twice), `_add_responses` and `sort_parameters` each start
    with `deepcopy(endpoint)`, and each copy drags along the property graph of the response models:
    about two thirds of a regeneration. Every caller replaces its endpoint with the returned one
    and never reads the original again (parser/openapi.py), so handing back the same object gives
    the same output (test_regeneration.py checks generated/ byte for byte). Other versions run as is.
    """
    from importlib.metadata import version

    from openapi_python_client.parser import openapi as parser

    if version("openapi-python-client") != _COPYING_GENERATOR:
        yield
        return
    original = parser.deepcopy  # type: ignore[attr-defined]
    parser.deepcopy = _same_endpoint  # type: ignore[attr-defined,assignment]
    try:
        yield
    finally:
        parser.deepcopy = original  # type: ignore[attr-defined]


def _same_endpoint(endpoint: Any) -> Any:
    return endpoint


def _scratch_dir() -> str | None:
    """Speed: generate in memory when the system has a tmpfs (8,000 files written, then rewritten by ruff)."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


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


def _record(spec_input: SpecInput, patched: dict[str, Any], counts: dict[str, int], note: str | None) -> None:
    """Write spec/lock.json for this input, and the README's operation count from it."""
    from importlib.metadata import version

    lock = spec_lock.lock_for(
        spec_input,
        patched,
        counts,
        previous=spec_lock.read_lock(LOCK_PATH),
        download_url=_locked_url(),
        generator=f"openapi-python-client {version('openapi-python-client')}",
        note=note,
    )
    spec_lock.write_lock(LOCK_PATH, lock)
    if not spec_lock.sync_readme(README_PATH, lock["operations"]):
        print("warning: README.md has no 'covers all N operations' phrase; its count is not updated")


def _lock_only(
    spec_input: SpecInput, patched: dict[str, Any], counts: dict[str, int], note: str | None
) -> int:
    """Rewrite the lock without regenerating, only when generated/ already comes from this patched input."""
    locked = spec_lock.read_lock(LOCK_PATH).get("patched_sha256")
    actual = spec_lock.sha256(spec_lock.canonical_bytes(patched))
    if locked != actual:
        print(
            f"error: generated/ comes from another patched input (lock: {locked}, this one: {actual}); "
            "run a full regeneration instead of --lock-only",
            file=sys.stderr,
        )
        return EXIT_OUT_OF_DATE
    _record(spec_input, patched, counts, note)
    print("Wrote", *(str(path.relative_to(ROOT)) for path in (LOCK_PATH, README_PATH)))
    return 0


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
    _add_lock_and_upstream_options(parser)
    args = parser.parse_args(argv)
    url = args.url or os.environ.get(upstream.URL_VARIABLE) or _locked_url()
    if args.check_upstream:
        return upstream.check_upstream(
            url=url,
            timeout=args.timeout,
            lock_path=LOCK_PATH,
            surface_path=SURFACE_PATH,
            changelog_path=args.changelog,
        )

    try:
        spec_input = load_spec(args.spec, default_url=url, timeout=args.timeout)
    except SpecSourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    raw_spec = spec_input.document
    print(
        f"Input: {spec_input.source} (OpenAPI {raw_spec.get('openapi')}, "
        f"info.version {raw_spec['info'].get('version')})"
    )
    _report_against_lock(spec_input)
    if args.diff_only:
        return 0

    patched = json.loads(spec_input.raw)
    counts = _apply_patches(patched)
    if args.lock_only:
        return _lock_only(spec_input, patched, counts, args.source_note)
    with tempfile.TemporaryDirectory(prefix="asc-regenerate-", dir=_scratch_dir()) as tmp:
        try:
            package_dir = _generate(patched, Path(tmp))
        except RuntimeError as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_GENERATOR_FAILED
        endpoint_index = (Path(tmp) / "endpoints.md").read_text()  # written beside the package
        if args.check:
            differences = _different_files(package_dir, GENERATED)
            if not sandbox_model.is_up_to_date(patched):
                differences.append(str(sandbox_model.MODEL_PATH.relative_to(ROOT)))
            if ENDPOINT_INDEX.read_text() != endpoint_index:
                differences.append(str(ENDPOINT_INDEX.relative_to(ROOT)))
            kinds = upload_kinds.KINDS_PATH
            if not kinds.exists() or kinds.read_text() != upload_kinds.kinds_text(patched):
                differences.append(str(kinds.relative_to(ROOT)))
            if differences:
                print(f"generated/ is out of date: {len(differences)} file(s) differ, e.g. {differences[:5]}")
                print("Run: python scripts/regenerate.py --spec <the locked spec> and commit the result.")
                return EXIT_OUT_OF_DATE
            print("generated/ is exactly what this spec produces.")
            return 0
        shutil.rmtree(GENERATED, ignore_errors=True)
        shutil.copytree(package_dir, GENERATED, ignore=shutil.ignore_patterns("__pycache__"))
        ENDPOINT_INDEX.write_text(endpoint_index)
    sandbox_model.write_model(patched)  # the sandbox serves the same spec the client is made from
    upload_kinds.KINDS_PATH.write_text(upload_kinds.kinds_text(patched))  # what the upload engine can send
    write_surface(SURFACE_PATH, surface_of(raw_spec))
    _record(spec_input, patched, counts, args.source_note)
    print(
        "Wrote",
        *(
            str(path.relative_to(ROOT))
            for path in (
                GENERATED,
                ENDPOINT_INDEX,
                sandbox_model.MODEL_PATH,
                LOCK_PATH,
                SURFACE_PATH,
                README_PATH,
            )
        ),
    )
    return 0


def _add_lock_and_upstream_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lock-only",
        action="store_true",
        help="rewrite spec/lock.json and the README count without regenerating (same patched input only)",
    )
    parser.add_argument(
        "--source-note",
        help="where the input comes from, recorded in the lock (kept while the same file is used)",
    )
    parser.add_argument(
        "--check-upstream",
        action="store_true",
        help="download Apple's file and compare it with the lock: exit 0 unchanged, 1 changed, 2 error",
    )
    parser.add_argument(
        "--url",
        help=f"download Apple's zip from here (default: ${upstream.URL_VARIABLE}, else the lock's URL)",
    )
    parser.add_argument(
        "--changelog", type=Path, help="with --check-upstream: also write the report to this file (a PR body)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DOWNLOAD_TIMEOUT,
        help=f"seconds to wait for the download server (default {DOWNLOAD_TIMEOUT:g})",
    )


def _locked_url() -> str:
    return str(spec_lock.read_lock(LOCK_PATH).get("download_url", DEFAULT_URL))


def _report_against_lock(spec_input: SpecInput) -> None:
    """S11: Apple changes the file without changing its version, so compare by hash and by surface."""
    lock = spec_lock.read_lock(LOCK_PATH)
    if lock:
        same = lock.get("input_sha256") == spec_lock.sha256(spec_input.raw)
        version_note = (
            f"locked {lock.get('info_version')} -> input {spec_input.document['info'].get('version')}"
        )
        print(f"Against spec/lock.json: {'identical input' if same else 'input differs'} ({version_note})")
    if SURFACE_PATH.exists():
        print(diff_surfaces(read_surface(SURFACE_PATH), surface_of(spec_input.document)))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
