"""`Page`: one page of a collection, read from a generated response model or from raw JSON."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any

from ._errors import ConfigurationError
from ._included import Included


@dataclasses.dataclass(frozen=True, eq=False)
class Page:
    """One page: iterate it for its items; `document` is the whole parsed response.

    `items` are the ones a walk yields from this page (fewer than `document`'s when `max_items` cut it).
    `total` and `limit` are `meta.paging`'s, when the page had them (Q4: `total` may be missing).
    """

    document: Any
    items: Sequence[Any]
    next_url: str | None = None
    total: int | None = None
    limit: int | None = None
    included: Sequence[Any] = ()

    @classmethod
    def from_model(cls, model: Any) -> Page:
        """A page from a generated response model (e.g. `AppsResponse`)."""
        data = getattr(model, "data", None)
        if not isinstance(data, list):
            raise ConfigurationError(
                f"{type(model).__name__} is not a page of a collection: paginate a collection endpoint"
            )
        paging = getattr(getattr(model, "meta", None), "paging", None)
        return cls(
            document=model,
            items=data,
            next_url=_text(getattr(getattr(model, "links", None), "next_", None)),
            total=_count(getattr(paging, "total", None)),
            limit=_count(getattr(paging, "limit", None)),
            included=_list(getattr(model, "included", None)),
        )

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> Page:
        """A page from a raw JSON:API document."""
        paging = _mapping(_mapping(document.get("meta")).get("paging"))
        return cls(
            document=document,
            items=_list(document.get("data")),
            next_url=_text(_mapping(document.get("links")).get("next")),
            total=_count(paging.get("total")),
            limit=_count(paging.get("limit")),
            included=_list(document.get("included")),
        )

    def __iter__(self) -> Iterator[Any]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @cached_property
    def _included(self) -> Included:
        return Included(self.included)

    def related(self, resource: Any, relationship: str) -> Any:
        """The included resource(s) `resource`'s `relationship` links to; see `Included.related`.

        The page's `included` is indexed on first use, so each lookup is one dictionary access.
        """
        return self._included.related(resource, relationship)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}
