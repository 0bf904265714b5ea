"""Sans-I/O request flows: a generator yields the calls it needs and receives their responses.

The analytics logic (which request to send next, what an error means) is written once as a
flow; `run` and `async_run` are the only places that do I/O, like httpx's `Auth.auth_flow`.
An `ApiError` is thrown into the flow at its `yield`, so a flow handles it with `try/except`.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._errors import ApiError
from .._page import Page
from .._pagination import PageWalk

T = TypeVar("T")


@dataclass(frozen=True)
class Call:
    """One API request a flow asks for."""

    method: str
    url: str
    params: Mapping[str, str] | None = None
    json: Any = None


Flow = Generator[Call, httpx.Response, T]
"""A flow that returns a `T`."""


def run(asc: AppStoreConnect, flow: Flow[T]) -> T:
    """Drive `flow` with the sync client."""
    try:
        call = next(flow)
        while True:
            try:
                response = asc.request(call.method, call.url, params=call.params, json=call.json)
            except ApiError as error:
                call = flow.throw(error)
            else:
                call = flow.send(response)
    except StopIteration as done:
        result: T = done.value
        return result


async def async_run(asc: AsyncAppStoreConnect, flow: Flow[T]) -> T:
    """Drive `flow` with the async client."""
    try:
        call = next(flow)
        while True:
            try:
                response = await asc.request(call.method, call.url, params=call.params, json=call.json)
            except ApiError as error:
                call = flow.throw(error)
            else:
                call = flow.send(response)
    except StopIteration as done:
        result: T = done.value
        return result


def pages(url: str, params: Mapping[str, str]) -> Flow[list[dict[str, Any]]]:
    """Every resource of a paginated collection, walked by the client's paginator core (Q1-Q4)."""
    walk = PageWalk(httpx.URL(url, params=params))
    items: list[dict[str, Any]] = []
    while walk.pending is not None:
        document = (yield Call("GET", str(walk.pending))).json()
        items.extend(walk.accept(Page.from_json(document)))
    return items
