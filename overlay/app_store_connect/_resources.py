"""What the generated resource namespaces (`asc.apps`, `app_store_connect_api.resources`) run on.

A generated method passes its arguments (`locals()`) and its endpoint module's name; here they become
one `AppStoreConnect.call` or `paginate`, so the parameter checks (`_params`), the error tree and the
pagination guards (Q1-Q5) are the ones of the low-level path. Create and update bodies are built from
keywords as JSON:API documents, with the resource and linkage `type` constants filled in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar, overload

import httpx

from app_store_connect_api.types import Unset

from ._errors import ConfigurationError
from ._params import ParameterTypeError, path_id

if TYPE_CHECKING:
    from ._client import AppStoreConnect, AsyncAppStoreConnect
    from ._pagination import AsyncPaginator, Paginator

Timeout: TypeAlias = float | httpx.Timeout | None  # per call; None: the client's timeout

R = TypeVar("R")
_PAGING = ("max_items", "max_pages", "allow_partial", "timeout")
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str, date),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
}


def endpoint(module: str) -> Any:
    """A generated endpoint module by its name under `app_store_connect_api.api` (imported on first use)."""
    return import_module(f"app_store_connect_api.api.{module}")


class Namespace(Generic[R]):
    """A client attribute that imports its resource module and builds the namespace on first access."""

    def __init__(self, module: str, class_name: str) -> None:
        self._module = module
        self._class_name = class_name
        self._attribute = module

    def __set_name__(self, owner: type, name: str) -> None:
        self._attribute = name

    @overload
    def __get__(self, client: None, owner: type) -> Namespace[R]: ...

    @overload
    def __get__(self, client: object, owner: type) -> R: ...

    def __get__(self, client: object, owner: type) -> R | Namespace[R]:
        if client is None:
            return self
        module = import_module(f"app_store_connect_api.resources.{self._module}")
        resource: R = getattr(module, self._class_name)(client)
        client.__dict__[self._attribute] = resource  # later accesses skip this descriptor
        return resource


def _query(arguments: Mapping[str, Any], *drop: str) -> dict[str, Any]:
    """A generated method's `locals()` as endpoint keywords: None means "not given" for a query value."""
    return {
        name: value
        for name, value in arguments.items()
        if name != "self" and name not in drop and (value is not None or name == "id")
    }


class Body:
    """How a create/update request's keywords map onto its JSON:API document (generated per operation).

    `attributes`: keyword -> (JSON name, JSON type, required); `relationships`: keyword -> (JSON name,
    linkage type, to-many, required).
    """

    def __init__(
        self,
        resource_type: str,
        attributes: Mapping[str, tuple[str, str, bool]],
        relationships: Mapping[str, tuple[str, str, bool, bool]],
    ) -> None:
        self.resource_type = resource_type
        self.attributes = attributes
        self.relationships = relationships

    @property
    def keywords(self) -> tuple[str, ...]:
        return (*self.attributes, *self.relationships)

    def document(self, given: Mapping[str, Any], resource_id: str | None) -> dict[str, Any]:
        """The request document from the keywords given (UNSET ones left out; None sent as null, Q16)."""
        missing = [
            name
            for name, spec in {**self.attributes, **self.relationships}.items()
            if spec[-1] and _unset(given[name])
        ]
        if missing:
            raise ConfigurationError(
                f"missing {', '.join(missing)}: give them as keywords, or pass the whole request as `body`"
            )
        data: dict[str, Any] = {"type": self.resource_type}
        if resource_id is not None:
            data["id"] = resource_id
        attributes = {
            json_name: _attribute(name, json_type, given[name])
            for name, (json_name, json_type, _) in self.attributes.items()
            if not _unset(given[name])
        }
        relationships = {
            json_name: {"data": _linkage(name, linkage_type, to_many, given[name])}
            for name, (json_name, linkage_type, to_many, _) in self.relationships.items()
            if not _unset(given[name])
        }
        if attributes:
            data["attributes"] = attributes
        if relationships:
            data["relationships"] = relationships
        return {"data": data}


def _unset(value: object) -> bool:
    return isinstance(value, Unset)


def _attribute(name: str, json_type: str, value: object) -> object:
    if value is None:
        return None
    allowed = _JSON_TYPES[json_type]
    if not isinstance(value, allowed) or (isinstance(value, bool) and json_type in ("integer", "number")):
        names = " or ".join(kind.__name__ for kind in allowed)
        raise ParameterTypeError(f"{name} takes {names}; got {type(value).__name__} {value!r}")
    return value.isoformat() if isinstance(value, date) else value


def _ids(name: str, value: object) -> list[str]:
    if isinstance(value, str):
        return [path_id(name, value)]
    if isinstance(value, Sequence | set | frozenset) and not isinstance(value, bytes | bytearray):
        return [path_id(name, item) for item in value]
    raise ParameterTypeError(f"{name} takes an id or a list of ids; got {type(value).__name__} {value!r}")


def _linkage(name: str, linkage_type: str, to_many: bool, value: object) -> object:
    if to_many:
        return [{"type": linkage_type, "id": item} for item in _ids(name, value)]
    if value is None:
        return None
    return {"type": linkage_type, "id": path_id(name, value)}


def _write_arguments(arguments: Mapping[str, Any], body_spec: Body) -> dict[str, Any]:
    """Endpoint keywords of a create/update: `body` as given, or the document built from keywords."""
    given = {name: arguments[name] for name in body_spec.keywords}
    query = _query(arguments, *body_spec.keywords)
    body = query.pop("body", None)
    from_keywords = [name for name, value in given.items() if not _unset(value)]
    if body is not None and from_keywords:
        raise ConfigurationError(f"give either `body` or keywords ({', '.join(from_keywords)}), not both")
    if body is None:
        body = body_spec.document(given, query.get("id"))
    return {**query, "body": body}


def _linkage_arguments(arguments: Mapping[str, Any], linkage_type: str, *, to_many: bool) -> dict[str, Any]:
    query = _query(arguments, "ids", "related_id")
    value = arguments["ids"] if to_many else arguments["related_id"]
    return {
        **query,
        "body": {"data": _linkage("ids" if to_many else "related_id", linkage_type, to_many, value)},
    }


class SyncResource:
    """Base of a generated namespace of `AppStoreConnect`."""

    def __init__(self, client: AppStoreConnect) -> None:
        self._client = client

    def _call(self, module: str, arguments: Mapping[str, Any]) -> Any:
        return self._client.call(endpoint(module), **_query(arguments))

    def _paginate(self, module: str, arguments: Mapping[str, Any]) -> Paginator[Any]:
        paging = {name: arguments[name] for name in _PAGING}
        return self._client.paginate(endpoint(module), **paging, **_query(arguments, *_PAGING))

    def _write(self, module: str, arguments: Mapping[str, Any], body: Body) -> Any:
        return self._client.call(endpoint(module), **_write_arguments(arguments, body))

    def _link_many(self, module: str, arguments: Mapping[str, Any], linkage_type: str) -> None:
        self._client.call(endpoint(module), **_linkage_arguments(arguments, linkage_type, to_many=True))

    def _link_one(self, module: str, arguments: Mapping[str, Any], linkage_type: str) -> None:
        self._client.call(endpoint(module), **_linkage_arguments(arguments, linkage_type, to_many=False))


class AsyncResource:
    """Base of a generated namespace of `AsyncAppStoreConnect`."""

    def __init__(self, client: AsyncAppStoreConnect) -> None:
        self._client = client

    async def _call(self, module: str, arguments: Mapping[str, Any]) -> Any:
        return await self._client.call(endpoint(module), **_query(arguments))

    def _paginate(self, module: str, arguments: Mapping[str, Any]) -> AsyncPaginator[Any]:
        paging = {name: arguments[name] for name in _PAGING}
        return self._client.paginate(endpoint(module), **paging, **_query(arguments, *_PAGING))

    async def _write(self, module: str, arguments: Mapping[str, Any], body: Body) -> Any:
        return await self._client.call(endpoint(module), **_write_arguments(arguments, body))

    async def _link_many(self, module: str, arguments: Mapping[str, Any], linkage_type: str) -> None:
        await self._client.call(endpoint(module), **_linkage_arguments(arguments, linkage_type, to_many=True))

    async def _link_one(self, module: str, arguments: Mapping[str, Any], linkage_type: str) -> None:
        await self._client.call(
            endpoint(module), **_linkage_arguments(arguments, linkage_type, to_many=False)
        )
