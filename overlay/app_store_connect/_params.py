"""Checks every parameter value before a request: nothing the API would ignore is sent, nothing is dropped.

The generated endpoints' `_get_kwargs` calls these (so `call`, `paginate` and the resources share them):
a `str` for an array parameter is a one-element list, any other non-str sequence is accepted, and
anything else (None for a path id, an int for a string filter, an unknown value of a closed query
enum) raises `ParameterTypeError` or `ConfigurationError` naming the parameter. Array values go on the
wire comma-separated, as Apple's `style: form, explode: false` says (S12). An endpoint names its
parameter enums as strings: one is imported only when a call gives that parameter (import cost).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

from app_store_connect_api import models
from app_store_connect_api.types import Unset

from ._errors import ConfigurationError

# A value's type (str, int, float, bool), or the name of a generated enum (`"AppsGetCollectionSortItem"`).
Kind: TypeAlias = type | str


class ParameterTypeError(ConfigurationError, TypeError):
    """A parameter value of the wrong type, found before any request (also a `TypeError`)."""


def _absent(value: object) -> bool:
    """Not given: None or the generated client's UNSET."""
    return value is None or isinstance(value, Unset)


def _describe(value: object) -> str:
    return f"{type(value).__name__} {value!r}"


def path_id(name: str, value: object) -> str:
    """A path id: a non-empty string (an int or None would put `/v1/apps/None` on the wire)."""
    if not isinstance(value, str):
        raise ParameterTypeError(f"{name} must be a string id, e.g. '1234567890'; got {_describe(value)}")
    if not value:
        raise ConfigurationError(f"{name} must be a non-empty string id")
    return value


def _type(kind: Kind) -> type:
    """`kind` as a type: a generated enum named by a string is imported here, on first use."""
    if isinstance(kind, str):
        enum_type: type = getattr(models, kind)
        return enum_type
    return kind


def _item(name: str, value: object, kind: type) -> str:
    """One string or enum value; for an enum, one of the spec's values."""
    if not isinstance(value, str):
        raise ParameterTypeError(f"{name} takes strings; got {_describe(value)}")
    if issubclass(kind, enum.Enum):
        known = kind.__members__.values()
        if value not in (member.value for member in known):
            allowed = ", ".join(str(member.value) for member in known)
            raise ConfigurationError(f"{name}: {value!r} is not one of the values the API accepts: {allowed}")
    return str(value)


def query_list(params: dict[str, Any], wire_name: str, name: str, value: object, kind: Kind) -> None:
    """Add an array query parameter: a string is a one-element list; items joined with commas (S12)."""
    if _absent(value):
        return
    if isinstance(value, str):
        items: Sequence[object] = [value]
    elif isinstance(value, Sequence | set | frozenset) and not isinstance(value, bytes | bytearray):
        items = list(value)
    else:
        raise ParameterTypeError(f"{name} takes a string or a list of strings; got {_describe(value)}")
    if items:
        item_type = _type(kind)
        params[wire_name] = ",".join(_item(name, item, item_type) for item in items)


def query_value(params: dict[str, Any], wire_name: str, name: str, value: object, kind: Kind) -> None:
    """Add a scalar query parameter of type `kind` (str, an enum, int or bool)."""
    if _absent(value):
        return
    if kind is bool:
        if not isinstance(value, bool):
            raise ParameterTypeError(f"{name} takes True or False; got {_describe(value)}")
        params[wire_name] = "true" if value else "false"
    elif kind in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float) or not isinstance(value, kind):
            raise ParameterTypeError(f"{name} takes a {kind.__name__}; got {_describe(value)}")
        params[wire_name] = value
    else:
        params[wire_name] = _item(name, value, _type(kind))


def json_body(body: object) -> Any:
    """A JSON body: a generated request model or a plain mapping (sent as given)."""
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(body, Mapping):
        return dict(body)
    raise ParameterTypeError(f"body must be a request model or a dict; got {type(body).__name__}")
