"""The one step engine of reports, uploads and workflows: sans-I/O flows, driven by a sync or an async runner.

A flow is a generator, like httpx's `Auth.auth_flow`: it yields a `Step` and receives its result.
The logic (which request next, what a failure means) is written once; each step knows how to run
itself with either client, and `run` / `async_run` are the only loops that do so. A step's failure
(an error of the tree, or an httpx transport error) is thrown into the flow at its `yield`, so the
flow decides what it means with `try/except`.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import anyio
import httpx

from ._client import AppStoreConnect, AsyncAppStoreConnect, AsyncEndpoint, SyncEndpoint
from ._errors import ApiError, AppStoreConnectError, NetworkError, ResponseFormatError
from ._page import Page
from ._pagination import PageWalk
from ._redact import shown_url
from ._retry import NOT_SENT_ERRORS

T = TypeVar("T")
Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]

# What a step may raise that the flow gets to handle. httpx's transport errors are listed for clients
# that let them through; everything else (a bug, KeyboardInterrupt) ends the flow where it happened.
STEP_FAILURES = (AppStoreConnectError, httpx.TransportError)

CallFailure = ApiError | NetworkError | ResponseFormatError
# What a failed API request of a flow raises: an error answer, a failure in transit (the client's
# `NetworkError`, raised from httpx's), or a 2xx whose document is unreadable.
CALL_FAILURES = (ApiError, NetworkError, ResponseFormatError)


class Step(Protocol):
    """Something a flow asks for: it runs itself with the sync or the async client."""

    def run(self, asc: AppStoreConnect, sleep: Sleep) -> object:
        """Do it with the sync client; return what the flow receives."""

    async def async_run(self, asc: AsyncAppStoreConnect, sleep: AsyncSleep) -> object:
        """Do it with the async client; return what the flow receives."""


Flow = Generator[Step, Any, T]
"""A flow that returns a `T`."""


@dataclass(frozen=True)
class Done(Generic[T]):
    """What a flow returned when it ended."""

    value: T


def resume(flow: Flow[T], answer: object = None, failure: BaseException | None = None) -> Step | Done[T]:
    """Send `answer` into `flow` (or throw `failure` in at its `yield`): its next step, or `Done`.

    The one trampoline of the engine: `run`, `async_run` and wrappers such as the workflows' dry run
    drive flows with it.
    """
    try:
        return flow.send(answer) if failure is None else flow.throw(failure)
    except StopIteration as done:
        return Done(done.value)


def run(asc: AppStoreConnect, flow: Flow[T], sleep: Sleep = time.sleep) -> T:
    """Drive `flow` with the sync client."""
    outcome = resume(flow)
    while not isinstance(outcome, Done):
        try:
            answer = outcome.run(asc, sleep)
        except STEP_FAILURES as error:
            outcome = resume(flow, failure=error)
        else:
            outcome = resume(flow, answer)
    return outcome.value


async def async_run(asc: AsyncAppStoreConnect, flow: Flow[T], sleep: AsyncSleep = anyio.sleep) -> T:
    """Drive `flow` with the async client."""
    outcome = resume(flow)
    while not isinstance(outcome, Done):
        try:
            answer = await outcome.async_run(asc, sleep)
        except STEP_FAILURES as error:
            outcome = resume(flow, failure=error)
        else:
            outcome = resume(flow, answer)
    return outcome.value


@dataclass(frozen=True)
class Request:
    """Send one API request; the flow receives its JSON document, or None for an empty 2xx (a 204)."""

    method: str
    url: str
    params: Mapping[str, str] | None = None
    json: Any = None

    def run(self, asc: AppStoreConnect, sleep: Sleep) -> Any:
        """See `Step.run`."""
        return self._document(asc.request(self.method, self.url, params=self.params, json=self.json))

    async def async_run(self, asc: AsyncAppStoreConnect, sleep: AsyncSleep) -> Any:
        """See `Step.async_run`."""
        return self._document(await asc.request(self.method, self.url, params=self.params, json=self.json))

    def _document(self, response: httpx.Response) -> Any:
        if not response.content:  # 204 No Content, e.g. a relationship POST or DELETE
            return None
        try:
            return response.json()
        except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
            kind = response.headers.get("content-type", "no content type")
            raise ResponseFormatError(
                f"{response.status_code} on {self.method} {shown_url(response.request.url)}: the body is not "
                f"JSON ({kind}, {len(response.content)} bytes)"
            ) from error


class Endpoint(SyncEndpoint[Any], AsyncEndpoint[Any], Protocol):
    """A generated endpoint module, which both clients can run."""


@dataclass(frozen=True)
class Call:
    """Run a generated endpoint with these keyword arguments; the flow receives its model."""

    endpoint: Endpoint
    params: Mapping[str, Any]

    @property
    def name(self) -> str:
        """The endpoint's function name, for messages."""
        return getattr(self.endpoint, "__name__", "an endpoint").rpartition(".")[2]

    def run(self, asc: AppStoreConnect, sleep: Sleep) -> Any:
        """See `Step.run`."""
        return asc.call(self.endpoint, **self.params)

    async def async_run(self, asc: AsyncAppStoreConnect, sleep: AsyncSleep) -> Any:
        """See `Step.async_run`."""
        return await asc.call(self.endpoint, **self.params)


@dataclass(frozen=True)
class Wait:
    """Sleep this many seconds, with the sleep the caller injected."""

    seconds: float

    def run(self, asc: AppStoreConnect, sleep: Sleep) -> None:
        """See `Step.run`."""
        sleep(self.seconds)

    async def async_run(self, asc: AsyncAppStoreConnect, sleep: AsyncSleep) -> None:
        """See `Step.async_run`."""
        await sleep(self.seconds)


def read(what: str, parse: Callable[[Any], T], document: Any) -> T:
    """`parse(document)`; a document without the members `parse` needs is a `ResponseFormatError`."""
    if document is None:  # a 2xx without a body, where Apple documents one
        raise ResponseFormatError(f"{what} answered without a body; expected its JSON:API document")
    try:
        return parse(document)
    except AppStoreConnectError:
        raise
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise ResponseFormatError(
            f"{what} answered a document without the members it needs ({type(error).__name__}: {error})"
        ) from error


def call(step: Call, parse: Callable[[Any], T]) -> Flow[T]:
    """Run `step` and return its model, read by `parse`."""
    return read(step.name, parse, (yield step))


def pages(url: str, params: Mapping[str, str]) -> Flow[list[dict[str, Any]]]:
    """Every resource of a paginated collection, walked by the client's paginator core (Q1-Q4)."""
    walk = PageWalk(httpx.URL(url, params=params))
    items: list[dict[str, Any]] = []
    while walk.pending is not None:
        page = read(f"GET {walk.pending.path}", Page.from_json, (yield Request("GET", str(walk.pending))))
        items.extend(walk.accept(page))
    return items


def outcome_unknown(error: CallFailure) -> bool:
    """Whether a write that raised `error` may have taken effect anyway (Q6, Q13, Q14): a 5xx, a 2xx
    whose answer is unreadable, or a failure in transit after the request may have left."""
    if isinstance(error, ApiError):
        return error.status_code >= 500
    if isinstance(error, ResponseFormatError):
        return True
    return not isinstance(error.__cause__, NOT_SENT_ERRORS)  # the httpx error the client wrapped


def brief(error: Exception) -> str:
    """`502 on POST https://...`, or the error's name (httpx's, for a failure in transit): in a few words."""
    if isinstance(error, ApiError):
        return f"{error.status_code} on {error.method} {error.url}"
    cause = error.__cause__ if isinstance(error, NetworkError) else None
    return type(cause or error).__name__
