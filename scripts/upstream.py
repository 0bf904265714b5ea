"""`regenerate.py --check-upstream`: has Apple changed the OpenAPI file generated/ comes from? (S11)

Downloads Apple's zip, compares its JSON with spec/lock.json by sha256 (Apple changes the file
without changing `info.version`), and reports the API changes against spec/surface.txt and how
many places each spec patch matches in Apple's file (0 where the lock had more: Apple fixed it).
Exit codes: 0 unchanged, 1 changed (regenerate), 2 error (no answer, HTTP error, corrupt zip,
not an OpenAPI document, no lock).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import patches
from spec_lock import read_lock, sha256
from spec_source import SpecInput, SpecSourceError, load_spec
from spec_surface import diff_surfaces, read_surface, surface_of

EXIT_UNCHANGED = 0
EXIT_CHANGED = 1
EXIT_ERROR = 2
URL_VARIABLE = "ASC_SPEC_URL"  # overrides the lock's download_url (a mirror, or a test server)
FENCE = "```"
PULL_REQUEST_LIMIT = 60_000  # characters; GitHub refuses a pull request body over 65,536


def check_upstream(
    *, url: str, timeout: float, lock_path: Path, surface_path: Path, changelog_path: Path | None
) -> int:
    """Print the report (and write it to `changelog_path`); return the exit code."""
    lock = read_lock(lock_path)
    if not lock:
        print(f"error: {lock_path} is missing; regenerate once from a local copy first", file=sys.stderr)
        return EXIT_ERROR
    try:
        upstream = load_spec(None, default_url=url, timeout=timeout)
    except SpecSourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    changed, lines = upstream_report(upstream, lock, read_surface(surface_path))
    report = "\n".join(lines) + "\n"
    print(report, end="")
    if changelog_path is not None:
        try:
            changelog_path.write_text(for_pull_request(report))
        except OSError as error:
            print(f"error: cannot write {changelog_path}: {error.strerror}", file=sys.stderr)
            return EXIT_ERROR
    return EXIT_CHANGED if changed else EXIT_UNCHANGED


def upstream_report(upstream: SpecInput, lock: dict[str, Any], surface: set[str]) -> tuple[bool, list[str]]:
    """Whether Apple's file differs from the locked input, and the changelog a maintainer reviews."""
    locked_version, version = lock.get("info_version"), upstream.document.get("info", {}).get("version")
    input_sha256 = sha256(upstream.raw)
    changed = input_sha256 != lock.get("input_sha256")
    if not changed:
        verdict = "Unchanged: Apple's file is byte-identical to the locked input."
    elif version != locked_version:
        verdict = f"Changed: new info.version {locked_version} -> {version}."
    else:
        verdict = f"Changed: same info.version {version}, different content (S11)."
    lines = [
        f"# Apple's App Store Connect OpenAPI file: {'changed' if changed else 'unchanged'}",
        "",
        f"Downloaded from {upstream.source}",
        f"- info.version: {version} (locked: {locked_version})",
        f"- sha256 of the JSON: {input_sha256} (locked: {lock.get('input_sha256')})",
        f"- sha256 of the zip: {upstream.archive_sha256 or 'none'} (locked: {lock.get('archive_sha256')})",
        f"- locked input: {lock.get('source_kind', '?')}, {lock.get('source_note', lock.get('source'))}",
        "",
        verdict,
    ]
    if not changed:
        return False, lines
    if lock.get("source_kind") != "apple-download":
        lines.append(
            "The lock records a file that was not downloaded from Apple, so part of this difference can be"
            " that copy's own edits; regenerating locks Apple's file itself."
        )
    lines += ["", *_patch_lines(json.loads(upstream.raw), lock.get("patches", {}))]
    lines += ["", "## API changes", "", FENCE, diff_surfaces(surface, surface_of(upstream.document)), FENCE]
    return True, lines


def _patch_lines(document: dict[str, Any], locked_counts: dict[str, int]) -> list[str]:
    lines = ["## Spec patches: places each one matches in Apple's file (and in the locked input)", ""]
    for patch, count in patches.apply_all(document):
        locked = locked_counts.get(patch.name)
        note = ""
        if count == 0 and locked:
            note = "  NO LONGER MATCHES: Apple fixed it? Check, then remove the patch"
        elif count and locked == 0:
            note = "  matches again"
        lines.append(
            f"- {patch.quirk} {patch.name}: {count} (locked: {'?' if locked is None else locked}){note}"
        )
    return lines


def for_pull_request(report: str) -> str:
    """The report cut at a line to fit a pull request body, saying what was left out and where it is."""
    if len(report) <= PULL_REQUEST_LIMIT:
        return report
    kept = report[:PULL_REQUEST_LIMIT].rsplit("\n", 1)[0]
    left_out = report.count("\n") - kept.count("\n") - 1
    closing = f"\n{FENCE}" if kept.count(FENCE) % 2 else ""
    return (
        f"{kept}{closing}\n\n... {left_out} more lines not shown here: the full list is the diff of"
        " spec/surface.txt in this pull request.\n"
    )
