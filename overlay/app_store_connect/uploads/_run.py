"""The only I/O of uploads: thin sync and async drivers of the flows in `_flow.py`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._errors import ApiError, NetworkError
from ._steps import Call, Flow, Wait
from ._transfer import async_send_parts, send_parts

R = TypeVar("R")


def run(asc: AppStoreConnect, flow: Flow[R], sleep: Callable[[float], None]) -> R:
    """Drive `flow` with the sync client."""
    result: object = None
    failure: ApiError | NetworkError | None = None
    while True:
        try:
            step = flow.send(result) if failure is None else flow.throw(failure)
        except StopIteration as done:
            value: R = done.value
            return value
        result, failure = None, None
        if isinstance(step, Call):
            try:
                result = asc.call(step.endpoint, **step.params)
            except (ApiError, NetworkError) as error:
                failure = error
        elif isinstance(step, Wait):
            sleep(step.seconds)
        else:
            send_parts(asc, step)


async def async_run(asc: AsyncAppStoreConnect, flow: Flow[R], sleep: Callable[[float], Awaitable[None]]) -> R:
    """Drive `flow` with the async client."""
    result: object = None
    failure: ApiError | NetworkError | None = None
    while True:
        try:
            step = flow.send(result) if failure is None else flow.throw(failure)
        except StopIteration as done:
            value: R = done.value
            return value
        result, failure = None, None
        if isinstance(step, Call):
            try:
                result = await asc.call(step.endpoint, **step.params)
            except (ApiError, NetworkError) as error:
                failure = error
        elif isinstance(step, Wait):
            await sleep(step.seconds)
        else:
            await async_send_parts(asc, step)
