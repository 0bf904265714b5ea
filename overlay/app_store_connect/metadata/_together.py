"""A step that runs several flows at once: threads with the sync client, tasks with the async one."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

import anyio

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._steps import STEP_FAILURES, AsyncSleep, Flow, Sleep
from .._steps import async_run as run_async
from .._steps import run as run_sync

T = TypeVar("T")


@dataclass(frozen=True)
class Together(Generic[T]):
    """Run `flows`, at most `workers` at a time; the flow receives each one's outcome (its result, or
    the error of the tree it raised), in order.

    A flow's failure is its outcome, so the others finish and the caller knows which worked.
    """

    flows: tuple[Flow[T], ...]
    workers: int

    def run(self, asc: AppStoreConnect, sleep: Sleep) -> list[T | Exception]:
        """See `Step.run`."""

        def one(flow: Flow[T]) -> T | Exception:
            try:
                return run_sync(asc, flow, sleep)
            except STEP_FAILURES as error:
                return error

        with ThreadPoolExecutor(self.workers, thread_name_prefix="asc-media") as pool:
            return list(pool.map(one, self.flows))

    async def async_run(self, asc: AsyncAppStoreConnect, sleep: AsyncSleep) -> list[T | Exception]:
        """See `Step.async_run`."""
        outcomes: dict[int, T | Exception] = {}
        limit = anyio.CapacityLimiter(self.workers)

        async def one(index: int, flow: Flow[T]) -> None:
            async with limit:
                try:
                    outcomes[index] = await run_async(asc, flow, sleep)
                except STEP_FAILURES as error:
                    outcomes[index] = error

        async with anyio.create_task_group() as group:
            for index, flow in enumerate(self.flows):
                group.start_soon(one, index, flow)
        return [outcomes[index] for index in range(len(self.flows))]
