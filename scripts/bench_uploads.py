"""Benchmark: a 256 MB build upload to the local sandbox, whose presigned host delays every part.

`run()` writes a 256 MB .ipa in a temporary directory, starts a `Sandbox` on 127.0.0.1 (8 MiB
parts, each PUT held back `PART_DELAY_S` seconds, as a distant object store would) and uploads the
file with `upload_build` three times, each in a fresh process so peak memory (the peak RSS during
the upload above the RSS just before it) is that upload's own: sync with 1 worker, sync with the
default workers, async with the default workers. Figures are ratios within the same run.
Run `python scripts/bench_uploads.py [size_mb]` to print the results.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from app_store_connect.sandbox import Fault, Host, Sandbox
from app_store_connect.uploads import UploadOptions

SIZE_MB = 256
PART_BYTES = 8 * 1024 * 1024
PART_DELAY_S = 0.25
CHILD_TIMEOUT_S = 300
DEFAULT_WORKERS = UploadOptions().workers


@dataclass(frozen=True)
class Job:
    """What a child process uploads, and where."""

    base_url: str
    key_pem: str
    key_id: str
    issuer_id: str
    app_id: str
    path: str
    build_number: str
    workers: int
    kind: str  # "sync" or "async"


def write_ipa(path: Path, size: int) -> None:
    """Write `size` bytes of a varied pattern (so nothing is sparse or trivially compressible)."""
    block = bytes(range(256)) * 4096  # 1 MiB
    with path.open("wb") as file:
        for index in range(size // len(block)):
            file.write(block[index % 256 :] + block[: index % 256])
        file.write(block[: size % len(block)])


def _status_kb(field: str) -> int:
    """A `/proc/self/status` figure of this process in KiB, e.g. `VmRSS` or `VmHWM` (its peak RSS).

    Not `getrusage`: on Linux a child's `ru_maxrss` starts at its parent's RSS at fork time, and the
    parent here holds the sandbox and every part it received.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status: this benchmark measures memory on Linux only")


def _upload(job: Job) -> None:
    """In a fresh process: upload, print seconds and how far RSS peaked above its level before."""
    import time

    import anyio

    from app_store_connect._client import AppStoreConnect, AsyncAppStoreConnect
    from app_store_connect._keys import ApiKey
    from app_store_connect.uploads import async_upload_build, upload_build

    key = ApiKey.from_pem(job.key_pem, key_id=job.key_id, issuer_id=job.issuer_id)
    options = UploadOptions(workers=job.workers, poll_interval=0.05, poll_max_interval=0.05)
    arguments = (job.app_id, job.path, "9.0", job.build_number, "IOS")

    async def upload_async() -> str | None:
        async with AsyncAppStoreConnect(key, base_url=job.base_url) as asc:
            result = await async_upload_build(asc, *arguments, options=options)
        return result.build.processing_state if result.build else None

    Path("/proc/self/clear_refs").write_text("5")  # the peak RSS starts again from the current RSS
    baseline_kb = _status_kb("VmRSS")
    started = time.perf_counter()
    if job.kind == "sync":
        with AppStoreConnect(key, base_url=job.base_url) as asc:
            result = upload_build(asc, *arguments, options=options)
        state = result.build.processing_state if result.build else None
    else:
        state = anyio.run(upload_async)
    seconds = time.perf_counter() - started
    peak_kb = _status_kb("VmHWM")
    print(json.dumps({"seconds": seconds, "peak_mb": (peak_kb - baseline_kb) / 1024, "state": state}))


def _measure(sandbox: Sandbox, job: Job, parts: int) -> dict[str, float]:
    sandbox.inject(Fault.DELAY, times=parts, host=Host.PRESIGNED, method="PUT", delay=PART_DELAY_S)
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", json.dumps(asdict(job))],
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            check=True,
        )
    finally:
        sandbox.clear_faults()
        sandbox.clear_requests()  # the log keeps every body
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if result.pop("state") != "VALID":
        raise RuntimeError(f"the upload did not end with a VALID build: {done.stdout}")
    return result


def run(size_mb: int = SIZE_MB) -> list[tuple[str, float, str]]:
    """Upload one generated file three ways; ratios compare them (throughput: higher is better)."""
    size = size_mb * 1024 * 1024
    parts = -(-size // PART_BYTES)
    with tempfile.TemporaryDirectory(prefix="bench-uploads-") as folder:
        path = Path(folder) / "App.ipa"
        write_ipa(path, size)
        with Sandbox(upload_part_size=PART_BYTES, processing_polls=0) as sandbox:
            common = {
                "base_url": sandbox.base_url,
                "key_pem": sandbox.private_key_pem,
                "key_id": sandbox.key_id,
                "issuer_id": sandbox.issuer_id,
                "app_id": sandbox.app_ids[0],
                "path": str(path),
            }
            runs = {
                (kind, workers): _measure(
                    sandbox, Job(**common, build_number=str(n), workers=workers, kind=kind), parts
                )
                for n, (kind, workers) in enumerate(
                    [("sync", 1), ("sync", DEFAULT_WORKERS), ("async", DEFAULT_WORKERS)], start=1
                )
            }
    one, default, concurrent = (
        runs[("sync", 1)],
        runs[("sync", DEFAULT_WORKERS)],
        runs[("async", DEFAULT_WORKERS)],
    )

    def text(label: str, measured: dict[str, float]) -> str:
        return f"{label} {size_mb / measured['seconds']:.0f} MB/s, peak +{measured['peak_mb']:.0f} MB"

    setting = (
        f"{size_mb} MB build, {parts} parts of {PART_BYTES // 2**20} MiB, {PART_DELAY_S * 1000:.0f} ms delay "
        f"per part on 127.0.0.1"
    )
    details = "; ".join(
        [text("1 worker", one), text(f"{DEFAULT_WORKERS} workers", default), text("async", concurrent)]
    )
    bound_mb = DEFAULT_WORKERS * PART_BYTES / 2**20
    return [
        (
            "uploads_default_workers_vs_1_throughput",
            one["seconds"] / default["seconds"],
            f"{setting}: {details}",
        ),
        (
            "uploads_async_vs_sync_throughput",
            default["seconds"] / concurrent["seconds"],
            f"both with {DEFAULT_WORKERS} workers: {details}",
        ),
        (
            "uploads_peak_memory_vs_file",
            max(default["peak_mb"], concurrent["peak_mb"]) / size_mb,
            f"peak RSS above baseline / file size (lower is better); parts in memory are bounded by "
            f"{DEFAULT_WORKERS} workers x {PART_BYTES // 2**20} MiB = {bound_mb:.0f} MiB: {details}",
        ),
    ]


def main() -> None:
    """`--child JOB` runs one upload; otherwise run the benchmark and print its results."""
    if sys.argv[1:2] == ["--child"]:
        _upload(Job(**json.loads(sys.argv[2])))
        return
    for name, ratio, description in run(int(sys.argv[1]) if len(sys.argv) > 1 else SIZE_MB):
        print(f"{name}\t{ratio:.2f}\t{description}")


if __name__ == "__main__":
    main()
