"""Sending parts: bounded parallel workers, bounded memory, the MD5 on the way, a stop after a failure."""

from __future__ import annotations

import gc
import hashlib
import threading
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from upload_support import write

from app_store_connect._client import AppStoreConnect, AsyncAppStoreConnect
from app_store_connect._errors import ApiError
from app_store_connect._retry import RetryPolicy
from app_store_connect.uploads._plan import Operation, Part, plan_parts
from app_store_connect.uploads._source import SourceFile
from app_store_connect.uploads._transfer import Transfer, async_send_parts, send_parts

pytestmark = pytest.mark.anyio

DATA = bytes(range(256)) * 24  # 6144 bytes: six parts of 1024
PART = 1024
WORKERS = 3


class CountingTransfer(Transfer):
    """A transfer that counts the parts held in memory: read and not yet finished."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.held = 0
        self.most_held = 0
        self._count = threading.Lock()

    def next_part(self) -> tuple[Part, bytes | None] | None:
        item = super().next_part()
        if item is not None:
            with self._count:
                self.held += 1
                self.most_held = max(self.most_held, self.held)
        return item

    def succeeded(self, part: Part) -> None:
        self._release()
        super().succeeded(part)

    def failed(self, part: Part, error: Exception) -> None:
        self._release()
        super().failed(part, error)

    def _release(self) -> None:
        with self._count:
            self.held -= 1


def transfer(tmp_path: Path, workers: int = WORKERS) -> CountingTransfer:
    source = SourceFile.check(write(tmp_path, "App.ipa", DATA))
    operations = [
        Operation(
            "PUT", f"https://upload.example/part-{n}", offset, PART, (("Content-Type", "application/x"),)
        )
        for n, offset in enumerate(range(0, len(DATA), PART), start=1)
    ]
    return CountingTransfer(plan_parts(operations, len(DATA)), source, workers=workers)


class Host:
    """The presigned host: answers 200 (or `refuse` for one part) and keeps the first `WORKERS` parts
    waiting until all of them are in flight, which only happens if they are sent in parallel."""

    def __init__(self, refuse: str | None = None) -> None:
        self.bodies: dict[str, bytes] = {}
        self.arrived = 0
        self.in_flight = 0
        self.most_in_flight = 0
        self.refuse = refuse
        self.authorization: set[str | None] = set()
        self._lock = threading.Lock()
        self.all_in = threading.Event()
        self.async_all_in = anyio.Event()

    def arrive(self, request: httpx.Request) -> bool:
        """Count `request` in; True if it must wait for the first group to be complete."""
        with self._lock:
            self.bodies[request.url.path] = request.content
            self.authorization.add(request.headers.get("authorization"))
            self.arrived += 1
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            return self.arrived <= WORKERS and self.refuse is None

    def leave(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.in_flight -= 1
        if request.url.path == self.refuse:
            return httpx.Response(403, text="<Error><Code>AccessDenied</Code></Error>")
        return httpx.Response(200)

    def handle(self, request: httpx.Request) -> httpx.Response:
        if self.arrive(request):
            if self.arrived == WORKERS:
                self.all_in.set()
            assert self.all_in.wait(timeout=10), "the first parts were not sent in parallel"
        return self.leave(request)

    async def async_handle(self, request: httpx.Request) -> httpx.Response:
        if self.arrive(request):
            if self.arrived == WORKERS:
                self.async_all_in.set()
            with anyio.fail_after(10):  # a safety net against a hang, not a timing assertion
                await self.async_all_in.wait()
        return self.leave(request)


async def send(client_kind: str, host: Host, job: Transfer) -> None:
    """Send `job`'s parts to `host` with a client of `client_kind` that does not retry."""
    if client_kind == "sync":
        with AppStoreConnect(
            None, transport=httpx.MockTransport(host.handle), retry=RetryPolicy.disabled()
        ) as asc:
            send_parts(asc, job)
        return
    transport = httpx.MockTransport(host.async_handle)
    async with AsyncAppStoreConnect(None, transport=transport, retry=RetryPolicy.disabled()) as asc:
        await async_send_parts(asc, job)


async def test_parts_go_out_in_parallel_with_bounded_memory_and_the_md5(
    client_kind: str, tmp_path: Path
) -> None:
    host, job = Host(), transfer(tmp_path)

    await send(client_kind, host, job)

    assert host.most_in_flight == WORKERS
    assert job.most_held <= WORKERS  # never more than `workers` parts in memory
    assert job.failures == () and len(job.done) == 6
    assert b"".join(host.bodies[f"/part-{n}"] for n in range(1, 7)) == DATA
    assert job.checksum == hashlib.md5(DATA).hexdigest()
    assert host.authorization == {None}  # Q13


async def test_after_a_failed_part_no_further_part_is_read(client_kind: str, tmp_path: Path) -> None:
    host, job = Host(refuse="/part-2"), transfer(tmp_path, workers=1)

    await send(client_kind, host, job)

    (failure,) = job.failures
    assert failure.part.number == 2
    assert isinstance(failure.error, ApiError) and failure.error.status_code == 403
    assert sorted(host.bodies) == ["/part-1", "/part-2"]
    assert job.done == frozenset({(0, PART)})
    assert job.checksum is None  # not every byte was read: nothing to commit


async def test_sent_parts_are_freed_at_once_not_by_a_later_garbage_collection(
    client_kind: str, tmp_path: Path
) -> None:
    gc.collect()  # what earlier tests left in cycles
    gc.disable()
    try:
        await send(client_kind, Host(), transfer(tmp_path))
        kept = [
            o for o in gc.get_objects() if isinstance(o, httpx.Request) and o.url.host == "upload.example"
        ]
    finally:
        gc.enable()

    assert kept == []  # each request, and the part it carried, is gone as soon as it was sent
