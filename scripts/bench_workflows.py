"""Benchmark: what the workflows' safety costs, against the same job done by hand.

- App Store submission against a local fast sandbox (median of `RUNS` fresh sandboxes): `submit`
  (reads before every write, so a rerun is safe) against the bare request chain a script would send
  (attach the build, add the item to the open submission, submit), in requests and in time; and a
  rerun of `submit`, which sends reads only.
- Webhook verification: `verify_signature` (prefix, lower-casing, constant-time compare) on a 4 KiB
  body against `hmac.new(...).hexdigest()` alone.
Run `python scripts/bench_workflows.py` to print the results.
"""

from __future__ import annotations

import hashlib
import hmac
import statistics
import time
import timeit
from collections.abc import Callable

from app_store_connect import ApiKey, AppStoreConnect
from app_store_connect.sandbox import Host, Sandbox
from app_store_connect.webhooks import signature, verify_signature
from app_store_connect.workflows import submit

RUNS = 5
Job = Callable[[AppStoreConnect, Sandbox, str, str, str], None]


def _by_hand(asc: AppStoreConnect, sandbox: Sandbox, app: str, version: str, number: str) -> None:
    version_id = sandbox.ids("appStoreVersions", app=app)[-1]
    build_id = sandbox.ids("builds", app=app)[-2]
    submission = sandbox.ids("reviewSubmissions", app=app)[0]
    asc.request(
        "PATCH",
        f"/v1/appStoreVersions/{version_id}/relationships/build",
        json={"data": {"type": "builds", "id": build_id}},
    )
    relationships = {
        "reviewSubmission": {"data": {"type": "reviewSubmissions", "id": submission}},
        "appStoreVersion": {"data": {"type": "appStoreVersions", "id": version_id}},
    }
    asc.request(
        "POST",
        "/v1/reviewSubmissionItems",
        json={"data": {"type": "reviewSubmissionItems", "relationships": relationships}},
    )
    body = {"data": {"type": "reviewSubmissions", "id": submission, "attributes": {"submitted": True}}}
    asc.request("PATCH", f"/v1/reviewSubmissions/{submission}", json=body)


def _workflow(asc: AppStoreConnect, sandbox: Sandbox, app: str, version: str, number: str) -> None:
    submit(asc, app, version, number)


def _measure(job: Job, *, twice: bool = False) -> tuple[float, int]:
    """Median seconds and the requests of `job` (its second run when `twice`), each in a fresh sandbox."""
    seconds, requests = [], 0
    for _ in range(RUNS):
        with Sandbox(fast=True) as sandbox:
            key = ApiKey.from_pem(sandbox.private_key_pem, key_id=sandbox.key_id, issuer_id=sandbox.issuer_id)
            with AppStoreConnect(key, base_url=sandbox.base_url) as asc:
                app = sandbox.app_ids[0]
                build = asc.request(
                    "GET",
                    f"/v1/builds/{sandbox.ids('builds', app=app)[-2]}",
                    params={"include": "preReleaseVersion"},
                ).json()
                version, number = (
                    build["included"][0]["attributes"]["version"],
                    build["data"]["attributes"]["version"],
                )
                if twice:
                    job(asc, sandbox, app, version, number)
                sandbox.clear_requests()
                started = time.perf_counter()
                job(asc, sandbox, app, version, number)
                seconds.append(time.perf_counter() - started)
                requests = sum(1 for entry in sandbox.requests if entry.host is Host.API)
    return statistics.median(seconds), requests


def run() -> list[tuple[str, float, str]]:
    """(name, ratio to the baseline, detail)."""
    figures = []
    base_seconds, base_requests = _measure(_by_hand)
    for label, (seconds, requests) in (
        ("submit: first run", _measure(_workflow)),
        ("submit: rerun (reads only)", _measure(_workflow, twice=True)),
    ):
        figures.append(
            (f"{label}: requests", requests / base_requests, f"{requests} vs {base_requests} by hand")
        )
        figures.append(
            (
                f"{label}: time",
                seconds / base_seconds,
                f"{seconds * 1000:.1f} ms vs {base_seconds * 1000:.1f} ms",
            )
        )
    body = bytes(range(256)) * 16
    header = signature(body, "secret")
    number = 20_000
    bare = min(
        timeit.repeat(lambda: hmac.new(b"secret", body, hashlib.sha256).hexdigest(), number=number, repeat=5)
    )
    checked = min(timeit.repeat(lambda: verify_signature(body, header, "secret"), number=number, repeat=5))
    figures.append(
        (
            "verify_signature, 4 KiB body",
            checked / bare,
            f"{checked / number * 1e6:.1f} us vs {bare / number * 1e6:.1f} us",
        )
    )
    return figures


if __name__ == "__main__":
    for name, ratio, detail in run():
        print(f"{name:<45} {ratio:8.2f}x  {detail}")
