"""The only I/O of the workflows: sync and async drivers of their flows, and the dry run.

A flow is a generator (like the analytics flows of `reports/_flow.py`, whose `Call` and `pages` it
reuses): it yields a `Call` and receives the response, or a `Wait` and receives None. An `ApiError`
or `httpx.TransportError` is thrown into the flow at its `yield`, so the flow decides what it means.
In a dry run every write is recorded in a `Plan` instead of being sent, and the flow receives None.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import anyio
import httpx

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._errors import ApiError
from ..reports._flow import Call

T = TypeVar("T")


@dataclass(frozen=True)
class Wait:
    """Sleep this many seconds before the next read (polling)."""

    seconds: float


Step = Call | Wait
Flow = Generator[Step, httpx.Response | None, T]
"""A workflow step by step; returns a `T`."""


@dataclass
class Plan:
    """The writes a dry run would have sent, in order (reads were sent: they change nothing)."""

    writes: list[Call] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Each write as `METHOD /path {json}`, for people."""
        return [_describe(call) for call in self.writes]


def _describe(call: Call) -> str:
    """`PATCH /v1/builds/1 {"data": ...}`: a request on one line."""
    body = f" {json.dumps(call.json, separators=(',', ':'))}" if call.json is not None else ""
    return f"{call.method} {call.url}{body}"


def run(
    asc: AppStoreConnect,
    flow: Flow[T],
    *,
    plan: Plan | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Drive `flow` with the sync client; with a `plan`, writes are recorded there and not sent."""
    answer: httpx.Response | None = None
    failure: Exception | None = None
    while True:
        try:
            step = flow.send(answer) if failure is None else flow.throw(failure)
        except StopIteration as done:
            result: T = done.value
            return result
        answer, failure = None, None
        if isinstance(step, Wait):
            sleep(step.seconds)
        elif plan is not None and step.method != "GET":
            plan.writes.append(step)
        else:
            try:
                answer = asc.request(step.method, step.url, params=step.params, json=step.json)
            except (ApiError, httpx.TransportError) as error:
                failure = error


async def async_run(
    asc: AsyncAppStoreConnect,
    flow: Flow[T],
    *,
    plan: Plan | None = None,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
) -> T:
    """Drive `flow` with the async client; see `run`."""
    answer: httpx.Response | None = None
    failure: Exception | None = None
    while True:
        try:
            step = flow.send(answer) if failure is None else flow.throw(failure)
        except StopIteration as done:
            result: T = done.value
            return result
        answer, failure = None, None
        if isinstance(step, Wait):
            await sleep(step.seconds)
        elif plan is not None and step.method != "GET":
            plan.writes.append(step)
        else:
            try:
                answer = await asc.request(step.method, step.url, params=step.params, json=step.json)
            except (ApiError, httpx.TransportError) as error:
                failure = error


def document(answer: httpx.Response | None) -> dict[str, Any]:
    """The JSON body of an answer ({} for a dry run's unsent write or an empty body)."""
    if answer is None or not answer.content:
        return {}
    body = answer.json()
    return body if isinstance(body, dict) else {}
