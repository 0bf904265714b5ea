"""Every request of metadata and media sync, in one place: paths, parameters and JSON:API bodies.

Raw JSON (`.._steps.Request`) keeps this module the only one that knows the wire shapes; it can move to
the typed resources when they exist without the planning code changing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._errors import ResponseFormatError
from .._steps import AsyncSleep, Flow, Request, Sleep, read

Document = dict[str, Any]
Item = dict[str, Any]
PAGE = "200"  # a listing of locales, sets or screenshots fits one page; more raises (never a short list)


def get(path: str, **params: str) -> Request:
    """A read."""
    return Request("GET", path, params or None)


def create(type_: str, attributes: Mapping[str, Any], parents: Mapping[str, tuple[str, str]]) -> Request:
    """A POST creating a `type_` with `attributes`, linked to `parents` (relationship -> (type, id))."""
    relationships = {name: {"data": {"type": kind, "id": id_}} for name, (kind, id_) in parents.items()}
    data = {"type": type_, "attributes": dict(attributes), "relationships": relationships}
    return Request("POST", f"/v1/{type_}", json={"data": data})


def update(
    type_: str,
    id_: str,
    attributes: Mapping[str, Any] | None = None,
    relationships: Mapping[str, tuple[str, str | None]] | None = None,
) -> Request:
    """A PATCH of some attributes and to-one relationships (an id of None clears it)."""
    data: dict[str, Any] = {"type": type_, "id": id_}
    if attributes:
        data["attributes"] = dict(attributes)
    if relationships:
        data["relationships"] = {
            name: {"data": None if id_ is None else {"type": kind, "id": id_}}
            for name, (kind, id_) in relationships.items()
        }
    return Request("PATCH", f"/v1/{type_}/{id_}", json={"data": data})


@dataclass(frozen=True)
class Write:
    """A write Apple answers with `204 No Content` (a DELETE, a relationship PATCH); the flow gets None."""

    method: str
    url: str
    json: Any = None

    def run(self, asc: AppStoreConnect, sleep: Sleep) -> None:
        """See `Step.run`."""
        asc.request(self.method, self.url, json=self.json)

    async def async_run(self, asc: AsyncAppStoreConnect, sleep: AsyncSleep) -> None:
        """See `Step.async_run`."""
        await asc.request(self.method, self.url, json=self.json)


@dataclass(frozen=True)
class Save:
    """Download `url` (a presigned or CDN address: the client sends no token there, Q13) into `path`.

    The file appears whole or not at all (written beside it, then renamed); the flow gets its MD5.
    """

    url: str
    path: Path

    def run(self, asc: AppStoreConnect, sleep: Sleep) -> str:
        """See `Step.run`."""
        digest, partial = hashlib.md5(usedforsecurity=False), self._partial()
        with asc.stream("GET", self.url) as response, partial.open("wb") as file:
            for chunk in response.iter_bytes():
                digest.update(chunk)
                file.write(chunk)
        partial.replace(self.path)
        return digest.hexdigest()

    async def async_run(self, asc: AsyncAppStoreConnect, sleep: AsyncSleep) -> str:
        """See `Step.async_run`."""
        digest, partial = hashlib.md5(usedforsecurity=False), self._partial()
        async with asc.stream("GET", self.url) as response:
            with partial.open("wb") as file:
                async for chunk in response.aiter_bytes():
                    digest.update(chunk)
                    file.write(chunk)
        partial.replace(self.path)
        return digest.hexdigest()

    def _partial(self) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return self.path.with_name(f".{self.path.name}.part")


def delete(type_: str, id_: str) -> Write:
    """A DELETE."""
    return Write("DELETE", f"/v1/{type_}/{id_}")


def replace_linkages(type_: str, id_: str, relationship: str, target: str, ids: list[str]) -> Write:
    """A PATCH of a to-many relationship's linkages, in this order (e.g. a set's screenshots)."""
    data = [{"type": target, "id": linked} for linked in ids]
    return Write("PATCH", f"/v1/{type_}/{id_}/relationships/{relationship}", {"data": data})


def fetch(step: Request) -> Flow[Document]:
    """Run a read and return its document."""
    document = yield step
    return read(f"GET {step.url}", _document, document)


def fetch_all(step: Request) -> Flow[list[Item]]:
    """A collection's items; a listing with more pages than one raises instead of being cut short."""
    document = yield from fetch(step)
    if (document.get("links") or {}).get("next"):
        raise ResponseFormatError(
            f"GET {step.url} has more than {PAGE} items, which are not expected here; refusing a short list"
        )
    items: list[Item] = document["data"]
    return items


def included(document: Document) -> dict[tuple[str, str], Item]:
    """The included items of a document by (type, id)."""
    return {(item["type"], item["id"]): item for item in document.get("included") or ()}


def linked_id(item: Item, relationship: str) -> str | None:
    """The id a to-one relationship of `item` names (present when it was included)."""
    data = ((item.get("relationships") or {}).get(relationship) or {}).get("data")
    return None if data is None else str(data["id"])


def _document(document: Any) -> Document:
    if not isinstance(document, dict) or "data" not in document:
        raise ValueError("no `data` member")
    return document
