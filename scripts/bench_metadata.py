"""Benchmark: a screenshot push of 10 locales x 10 screenshots where only 3 files changed.

`run()` starts a `Sandbox` on 127.0.0.1 whose presigned host holds every part back `PART_DELAY_S`
seconds (as a distant object store would), pushes a folder of 100 screenshots once (creating the
locales and sets and uploading everything), changes 3 files, and pushes again. The second push must
send the requests of those 3 files only (counted from the sandbox's request log) and take time in
proportion: the figures are its requests and its time as ratios to the full push of the same run.
Run `python scripts/bench_metadata.py` to print the results.
"""

from __future__ import annotations

import struct
import tempfile
import time
from pathlib import Path

from app_store_connect import ApiKey, AppStoreConnect
from app_store_connect.metadata import Target, push_screenshots
from app_store_connect.sandbox import Fault, Host, Sandbox
from app_store_connect.uploads import UploadOptions

LOCALES = ("en-US", "de-DE", "fr-FR", "es-ES", "it", "ja", "ko", "pt-BR", "nl-NL", "sv")
PER_LOCALE = 10
CHANGED = (("de-DE", 2), ("ja", 5), ("sv", 8))
PART_DELAY_S = 0.02
IMAGE_BYTES = 200_000


def screenshot(tag: str) -> bytes:
    """A 1290x2796 PNG header (iPhone 6.7") followed by bytes that depend on `tag`."""
    header = b"\x89PNG\r\n\x1a\n" + struct.pack(">I4sII", 13, b"IHDR", 1290, 2796)
    body = (tag.encode() * (IMAGE_BYTES // len(tag) + 1))[:IMAGE_BYTES]
    return header + body


def write_folder(root: Path) -> None:
    """`root/<locale>/NN-shot.png` for every locale."""
    for locale in LOCALES:
        (root / locale).mkdir(parents=True)
        for index in range(PER_LOCALE):
            (root / locale / f"{index:02d}-shot.png").write_bytes(screenshot(f"{locale}-{index}"))


def timed_push(sandbox: Sandbox, asc: AppStoreConnect, folder: Path) -> tuple[float, int, int]:
    """Seconds, and the requests sent: writes (API and presigned) and reads."""
    sandbox.clear_requests()
    sandbox.inject(Fault.DELAY, times=10_000, host=Host.PRESIGNED, method="PUT", delay=PART_DELAY_S)
    options = UploadOptions(poll_interval=0.01, poll_max_interval=0.01)
    started = time.perf_counter()
    push_screenshots(asc, Target(sandbox.app_ids[0]), folder, options=options)
    seconds = time.perf_counter() - started
    sandbox.clear_faults()
    requests = sandbox.requests
    writes = sum(record.request.method != "GET" for record in requests)
    return seconds, writes, len(requests) - writes


def run() -> list[tuple[str, float, str]]:
    """A full push, then a push of 3 changed files; ratios of the second to the first."""
    with tempfile.TemporaryDirectory(prefix="bench-metadata-") as name, Sandbox(fast=True) as sandbox:
        folder = Path(name)
        write_folder(folder)
        key = ApiKey.from_pem(sandbox.private_key_pem, key_id=sandbox.key_id, issuer_id=sandbox.issuer_id)
        with AppStoreConnect(key, base_url=sandbox.base_url) as asc:
            full_s, full_writes, full_reads = timed_push(sandbox, asc, folder)
            for locale, index in CHANGED:
                (folder / locale / f"{index:02d}-shot.png").write_bytes(screenshot(f"changed-{locale}"))
            some_s, some_writes, some_reads = timed_push(sandbox, asc, folder)
            none_s, none_writes, none_reads = timed_push(sandbox, asc, folder)
    setting = (
        f"{len(LOCALES)} locales x {PER_LOCALE} screenshots of {IMAGE_BYTES // 1000} KB, "
        f"{PART_DELAY_S * 1000:.0f} ms per part on 127.0.0.1"
    )
    return [
        (
            "metadata_push_3_of_100_changed_writes",
            some_writes / full_writes,
            f"{setting}: {some_writes} writes (5 per changed file: delete, reserve, part, commit, order) "
            f"vs {full_writes} for the full push; {some_reads} reads vs {full_reads}",
        ),
        (
            "metadata_push_3_of_100_changed_time",
            some_s / full_s,
            f"{some_s:.2f} s vs {full_s:.2f} s for the full push (the reads of every set are the fixed part)",
        ),
        (
            "metadata_push_unchanged_time",
            none_s / full_s,
            f"{none_s:.2f} s, {none_writes} writes, {none_reads} reads: an unchanged folder only reads",
        ),
    ]


def main() -> None:
    """Run the benchmark and print its results."""
    for name, ratio, description in run():
        print(f"{name}\t{ratio:.3f}\t{description}")


if __name__ == "__main__":
    main()
