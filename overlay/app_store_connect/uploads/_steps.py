"""The steps an upload flow asks its shell to take: API calls, waits, part transfers (no I/O here).

A flow is a generator, like httpx's `Auth.auth_flow`: it yields a step and receives its result
(the parsed model of a `Call`, None otherwise). An `ApiError` or `httpx.TransportError` of a `Call`
is thrown into the flow at its `yield`, so the flow decides what a failure means.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from .._client import AsyncEndpoint, SyncEndpoint
from ._errors import UploadError
from ._transfer import Transfer

R = TypeVar("R")


class Endpoint(SyncEndpoint[Any], AsyncEndpoint[Any], Protocol):
    """A generated endpoint module, which both clients can run."""


@dataclass(frozen=True)
class Call:
    """Run a generated endpoint with these keyword arguments."""

    endpoint: Endpoint
    params: Mapping[str, Any]


@dataclass(frozen=True)
class Wait:
    """Sleep this many seconds (with the sleep the caller injected)."""

    seconds: float


Step = Call | Wait | Transfer
Flow = Generator[Step, object, R]
"""A flow that returns an `R`."""


def call(step: Call, parse: Callable[[Any], R]) -> Flow[R]:
    """Run `step` and return its parsed model, read by `parse`."""
    document = yield step
    if document is None:  # a 2xx without a body, where Apple documents one
        name = getattr(step.endpoint, "__name__", "an endpoint").rpartition(".")[2]
        raise UploadError(f"{name} answered without a body; expected its JSON:API document")
    return parse(document)
