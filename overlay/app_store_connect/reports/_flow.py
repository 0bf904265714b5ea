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


# TEMPORARY (issue 4): minimal `links.next` following until the client's paginator lands;
# replace this one function with it. It stops on an empty page (Q1) and on a repeated next
# URL (Q2), and follows next URLs exactly as given (Q3).
def pages(url: str, params: Mapping[str, str]) -> Flow[list[dict[str, Any]]]:
    """Every resource of a paginated collection."""
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    next_url: str | None = url
    next_params: Mapping[str, str] | None = params
    while next_url is not None and next_url not in seen:
        seen.add(next_url)
        document = (yield Call("GET", next_url, next_params)).json()
        page = document.get("data") or []
        items.extend(page)
        links = document.get("links") or {}
        next_url = links.get("next") if page else None
        next_params = None
    return items
