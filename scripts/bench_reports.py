"""Benchmark: streamed report parsing against `pandas.read_csv` on a generated sales report.

`run()` writes a gzipped SALES SUMMARY report of 200 MB decompressed text in a temporary
directory, parses it with `app_store_connect.reports.ReportDecoder` (fed 64 KiB chunks, as a
download would), through an `AsyncReport` (`async for`, the async path) and with
`pandas.read_csv(..., sep="\\t", compression="gzip")`, each
in its own process so peak memory (max RSS above the process's level after imports) is its
own. Each parser runs `RUNS` times, alternating, and its fastest run counts; throughput is read
from CPU time (user + system of the child), which other work on a shared machine disturbs far less
than wall time (both are printed). Ratios are ours / pandas. pandas is a reference only: without it
the ratios are skipped. Run `python scripts/bench_reports.py [size_mb]` to print the results.
"""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

import anyio

from app_store_connect.reports import ReportDecoder
from app_store_connect.reports._download import Download
from app_store_connect.reports._report import AsyncReport

SIZE_MB = 200
CHUNK_BYTES = 64 * 1024
CHILD_TIMEOUT_S = 900
RUNS = 2
BATCH_ROWS = 2000

HEADER = (
    "Provider\tProvider Country\tSKU\tDeveloper\tTitle\tVersion\tProduct Type Identifier\tUnits\t"
    "Developer Proceeds\tBegin Date\tEnd Date\tCustomer Currency\tCountry Code\tCurrency of Proceeds\t"
    "Apple Identifier\tCustomer Price\tPromo Code\tParent Identifier\tSubscription\tPeriod\tCategory\tCMB\t"
    "Device\tSupported Platforms\tProceeds Reason\tPreserved Pricing\tClient\tOrder Type"
)
_COUNTRIES = [
    ("US", "USD"),
    ("DE", "EUR"),
    ("FR", "EUR"),
    ("JP", "JPY"),
    ("GB", "GBP"),
    ("BR", "BRL"),
    ("IN", "INR"),
]
_PRODUCTS = [
    ("1", " ", " "),
    ("IA1", "com.example.app", " "),
    ("IAY", "com.example.app", "Renewal"),
    ("7", " ", " "),
]
_DEVICES = ["iPhone", "iPad", "Desktop", "Apple TV"]


def write_sales_report(path: Path, size_bytes: int) -> tuple[int, int]:
    """Write a gzipped sales report of at least `size_bytes` decompressed; return (text bytes, rows)."""
    rng = random.Random(20240102)
    written, rows = 0, 0
    with gzip.open(path, "wb", compresslevel=6) as out:
        head = (HEADER + "\n").encode()
        out.write(head)
        written += len(head)
        while written < size_bytes:
            batch = []
            for _ in range(BATCH_ROWS):
                country, currency = rng.choice(_COUNTRIES)
                product, parent, subscription = rng.choice(_PRODUCTS)
                app = rng.randrange(1000)
                fields = [
                    "APPLE", "US", f"com.example.app{app}.sku{rng.randrange(50)}", " ", f"Example App {app}",
                    f"{rng.randrange(1, 9)}.{rng.randrange(20)}", product, str(rng.randrange(-2, 40)),
                    f"{rng.randrange(0, 5000) / 100:.2f}", "01/02/2024", "01/02/2024", currency, country,
                    currency, str(6_400_000_000 + app), f"{rng.randrange(0, 9000) / 100:.2f}", " ", parent,
                    subscription, " ", "Productivity", "", rng.choice(_DEVICES), "iOS", " ", " ", " ", " ",
                ]  # fmt: skip
                batch.append("\t".join(fields))
            data = ("\n".join(batch) + "\n").encode()
            out.write(data)
            written += len(data)
            rows += BATCH_ROWS
    return written, rows


def _parse_ours(path: str) -> int:
    decoder = ReportDecoder()
    rows = 0
    with open(path, "rb") as file:
        while chunk := file.read(CHUNK_BYTES):
            for _ in decoder.decode(chunk):
                rows += 1
    for _ in decoder.flush():
        rows += 1
    return rows


def _parse_ours_async(path: str) -> int:
    async def chunks() -> AsyncIterator[bytes]:
        with open(path, "rb") as file:
            while chunk := file.read(CHUNK_BYTES):
                yield chunk

    async def count() -> int:
        rows = 0
        async for _ in AsyncReport(chunks(), Download()):
            rows += 1
        return rows

    return anyio.run(count)


def _parse_pandas(path: str) -> int:
    pandas = import_module("pandas")  # a reference only, not a dependency (and untyped)
    return len(pandas.read_csv(path, sep="\t", compression="gzip"))


def _child(kind: str, path: str) -> None:
    """In a fresh process: import, note RSS, parse, print seconds, rows and the RSS peak above that."""
    import resource
    import time

    parse = {"ours": _parse_ours, "ours-async": _parse_ours_async, "pandas": _parse_pandas}[kind]
    if kind == "pandas":
        import_module("pandas")  # imported before the baseline, so its import is not counted
    baseline_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, cpu_started = time.perf_counter(), time.process_time()
    rows = parse(path)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = (peak_kb - baseline_kb) / 1024
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "rows": rows, "peak_mb": peak_mb}))


def _measure(kind: str, path: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _fastest(runs: list[dict[str, float]]) -> dict[str, float]:
    """The run with the least CPU time, with the highest peak memory of all runs."""
    best = dict(min(runs, key=lambda run: run["cpu_seconds"]))
    best["peak_mb"] = max(run["peak_mb"] for run in runs)
    return best


def _describe(name: str, mb: float, rows: int, run: dict[str, float]) -> str:
    return (
        f"{name} {mb / run['cpu_seconds']:.1f} MB/s CPU ({mb / run['seconds']:.1f} wall), "
        f"{rows / run['cpu_seconds']:,.0f} rows/s, peak +{run['peak_mb']:.0f} MB"
    )


def run(size_mb: int = SIZE_MB) -> list[tuple[str, float, str]]:
    """Measure both parsers on one generated file; ratios are ours / pandas (throughput: higher is better)."""
    with tempfile.TemporaryDirectory(prefix="bench-reports-") as folder:
        path = Path(folder) / "sales.txt.gz"
        text_bytes, rows = write_sales_report(path, size_mb * 1_000_000)
        mb = text_bytes / 1_000_000
        setting = f"{mb:.0f} MB decompressed ({path.stat().st_size / 1_000_000:.0f} MB gzip), {rows:,} rows"
        kinds = ["ours", "ours-async", *(["pandas"] if find_spec("pandas") is not None else [])]
        runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
        for _ in range(RUNS):
            for kind in kinds:
                runs[kind].append(_measure(kind, path))
        ours, ours_async = _fastest(runs["ours"]), _fastest(runs["ours-async"])
        if ours["rows"] != rows or ours_async["rows"] != rows:
            raise RuntimeError(f"the decoder read {ours['rows']} / {ours_async['rows']} rows of {rows}")
        ours_text = _describe("ours", mb, rows, ours)
        async_text = _describe("ours async", mb, rows, ours_async)
        if "pandas" not in runs:
            print(f"bench_reports: pandas not installed, ratios skipped ({ours_text})", file=sys.stderr)
            return []
        theirs = _fastest(runs["pandas"])
    theirs_text = _describe("pandas", mb, rows, theirs)
    return [
        (
            "reports_parse_throughput",
            theirs["cpu_seconds"] / ours["cpu_seconds"],
            f"streamed gzip TSV parse vs pandas.read_csv, {setting}: {ours_text}; {theirs_text}",
        ),
        (
            "reports_parse_throughput_async",
            theirs["cpu_seconds"] / ours_async["cpu_seconds"],
            f"the same through AsyncReport (async for): {async_text}; {theirs_text}",
        ),
        (
            "reports_parse_peak_memory",
            ours["peak_mb"] / max(theirs["peak_mb"], 1.0),
            f"peak RSS above baseline, ours / pandas (lower is better): {ours_text}; {theirs_text}",
        ),
    ]


def main() -> None:
    """`--child KIND PATH` measures one parser; otherwise run the benchmark and print its results."""
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3])
        return
    for name, ratio, description in run(int(sys.argv[1]) if len(sys.argv) > 1 else SIZE_MB):
        print(f"{name}\t{ratio:.2f}\t{description}")


if __name__ == "__main__":
    main()
