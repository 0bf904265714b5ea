"""Sending the parts of one file: one shared core (`Transfer`) and thin thread and task-group shells.

The core decides what to read next, which parts are done and which failed; the shells only run
`asc.request` for each part with a bounded number of workers. Memory holds at most `workers` parts:
a part is read only once a worker slot is free. Parts are retried by the client's retry policy
(PUT is idempotent: 5xx, connect errors and timeouts, with backoff), never by a loop here.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType

import anyio
import anyio.to_thread

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._steps import AsyncSleep, Sleep
from ._errors import PartFailure
from ._plan import Part
from ._source import PartReader, SourceFile
from ._types import Phase, ProgressCallback, UploadProgress


class Transfer:
    """The parts of one file on their way; thread-safe (sync parts finish on worker threads).

    A step of the upload flow (`_steps.Step`): running it sends the parts; failures stay recorded here.
    """

    def __init__(
        self,
        parts: tuple[Part, ...],
        source: SourceFile,
        *,
        done: frozenset[tuple[int, int]] = frozenset(),
        workers: int,
        progress: ProgressCallback | None = None,
    ) -> None:
        self.parts = parts
        self.workers = workers
        self._reader = PartReader(source)
        self._done = {(part.offset, part.length) for part in parts} & done  # a resume skips these
        self._failures: list[PartFailure] = []
        self._next = 0  # index of the next part to hand out
        self._lock = threading.Lock()
        self._total = source.size
        self._sent = sum(length for _, length in self._done)
        self._progress = progress

    def __enter__(self) -> Transfer:
        self._reader.__enter__()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._reader.__exit__(kind, error, tb)

    def next_part(self) -> tuple[Part, bytes | None] | None:
        """The next part in file order and its bytes (None when Apple has it: a resume reads it only
        for the checksum); None once every part was handed out or one failed. Call it from one place.
        """
        with self._lock:
            if self._failures or self._next == len(self.parts):
                return None
            part = self.parts[self._next]
            self._next += 1
        data = self._reader.read(part)
        return part, None if (part.offset, part.length) in self._done else data

    def succeeded(self, part: Part) -> None:
        """Record a part Apple accepted and report progress."""
        with self._lock:
            self._done.add((part.offset, part.length))
            self._sent += part.length
            if self._progress is not None:
                self._progress(UploadProgress(Phase.UPLOADING, self._sent, self._total))

    def failed(self, part: Part, error: Exception) -> None:
        """Record a part that could not be sent; no further part is started."""
        with self._lock:
            self._failures.append(PartFailure(part, len(self.parts), error))

    def run(self, asc: AppStoreConnect, sleep: Sleep) -> None:
        """Send the parts with threads (a step of the flow)."""
        send_parts(asc, self)

    async def async_run(self, asc: AsyncAppStoreConnect, sleep: AsyncSleep) -> None:
        """Send the parts with tasks (a step of the flow)."""
        await async_send_parts(asc, self)

    @property
    def done(self) -> frozenset[tuple[int, int]]:
        """(offset, length) of every part Apple has."""
        with self._lock:
            return frozenset(self._done)

    @property
    def failures(self) -> tuple[PartFailure, ...]:
        """The parts that failed, in the order they failed."""
        with self._lock:
            return tuple(self._failures)

    @property
    def checksum(self) -> str | None:
        """The file's MD5 hex once every part was read."""
        return self._reader.checksum


def send_parts(asc: AppStoreConnect, transfer: Transfer) -> None:
    """Send the parts with `transfer.workers` threads."""
    slots = threading.Semaphore(transfer.workers)

    def put(part: Part, data: bytes) -> None:
        try:
            # Q13: an absolute presigned URL; the client adds its token only on the API's origin.
            asc.request(part.method, part.url, content=data, headers=dict(part.headers))
        except Exception as error:  # recorded with its part, never lost in a future
            transfer.failed(part, error)
        else:
            transfer.succeeded(part)
        finally:
            slots.release()

    with transfer, ThreadPoolExecutor(transfer.workers, thread_name_prefix="asc-upload") as pool:
        while True:
            slots.acquire()  # before reading: at most `workers` parts in memory
            item = transfer.next_part()
            if item is None:
                break
            part, data = item
            if data is None:
                slots.release()
            else:
                pool.submit(put, part, data)


async def async_send_parts(asc: AsyncAppStoreConnect, transfer: Transfer) -> None:
    """Send the parts with `transfer.workers` tasks; the file is read in a worker thread."""
    slots = anyio.Semaphore(transfer.workers)

    async def put(part: Part, data: bytes) -> None:
        try:
            # Q13: an absolute presigned URL; the client adds its token only on the API's origin.
            await asc.request(part.method, part.url, content=data, headers=dict(part.headers))
        except Exception as error:  # cancellation is a BaseException and still propagates
            transfer.failed(part, error)
        else:
            transfer.succeeded(part)
        finally:
            slots.release()

    with transfer:
        async with anyio.create_task_group() as group:
            while True:
                await slots.acquire()
                item = await anyio.to_thread.run_sync(transfer.next_part)
                if item is None:
                    break
                part, data = item
                if data is None:
                    slots.release()
                else:
                    group.start_soon(put, part, data)
