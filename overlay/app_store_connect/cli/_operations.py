"""The CLI's view of the operations index (`app_store_connect._operations`, the one index): lookup by
path or name, search, and each operation's parameters.

Parameters are read from each generated endpoint module's source (`_get_kwargs`) without importing it,
so listing and explaining operations stays fast.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec

from .._errors import ConfigurationError
from .._operations import Operation, find_operation, match, operations

__all__ = ["Operation", "Parameter", "find", "named", "operations", "parameters", "search"]


@dataclass(frozen=True)
class Parameter:
    """One parameter: where it goes (path, query, body), Apple's name, its Python type, if required."""

    location: str
    name: str
    type: str
    required: bool


def find(method: str, path: str) -> Operation | None:
    """The operation `method path` is (e.g. `GET /v1/apps/123/builds`), if any; literal templates win."""
    return match(method, path)


def named(name: str) -> Operation | None:
    """The operation with this id (`apps_getCollection`, any case), Python name or method and path."""
    key = name.strip()
    for operation in operations():
        if key.lower() in (operation.operation_id.lower(), operation.python.lower(), str(operation).lower()):
            return operation
    try:
        return find_operation(key)
    except ConfigurationError:
        return None


def search(words: list[str]) -> list[Operation]:
    """Operations whose id, Python name, method and path hold every word (any case; '-', '_', ' ' ignored)."""
    wanted = [_squashed(word) for word in words if _squashed(word)]
    return [
        operation
        for operation in operations()
        if all(
            word
            in _squashed(f"{operation.method} {operation.operation_id} {operation.python} {operation.path}")
            for word in wanted
        )
    ]


def _squashed(text: str) -> str:
    return re.sub(r"[^a-z0-9/{}]", "", text.lower())


@cache
def parameters(operation: Operation) -> tuple[Parameter, ...]:
    """Read `_get_kwargs` of the operation's generated module: its arguments and the query names they fill."""
    spec = find_spec(operation.module)
    if spec is None or spec.origin is None:
        return ()
    with open(spec.origin, encoding="utf-8") as source:
        tree = ast.parse(source.read())
    function = next(
        node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs"
    )
    arguments = [*function.args.args, *function.args.kwonlyargs]
    defaults = [*function.args.defaults, *function.args.kw_defaults]
    optional = {
        arg.arg
        for arg, default in zip(reversed(arguments), reversed(defaults), strict=False)
        if default is not None
    }
    types = {arg.arg: _type_text(arg.annotation) for arg in arguments}
    query = _query_names(function, set(types))
    found: list[Parameter] = []
    for name in types:
        if f"{{{name}}}" in operation.path:
            found.append(Parameter("path", name, types[name], True))
        elif name == "body":
            found.append(Parameter("body", "body", types[name], name not in optional))
        elif name in query:
            found.append(Parameter("query", query[name], types[name], name not in optional))
    return tuple(found)


def _query_names(function: ast.FunctionDef, arguments: set[str]) -> dict[str, str]:
    """Python argument -> Apple's query name, from the `_params.query_*(params, "apple", "python", ...)`
    calls that check and fill each query parameter."""
    names: dict[str, str] = {}
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr.startswith("query")
            and len(node.args) >= 3
            and isinstance(apple := node.args[1], ast.Constant)
            and isinstance(python := node.args[2], ast.Constant)
            and python.value in arguments
        ):
            names[str(python.value)] = str(apple.value)
    return names


def _type_text(annotation: ast.expr | None) -> str:
    text = "" if annotation is None else ast.unparse(annotation)
    return re.sub(r"\s*\|\s*Unset|Unset\s*\|\s*", "", text)
