"""The API's operations, from the generated client's `operations.json`: the one place `asc` looks them up.

Parameters are read from each generated endpoint module's source (`_get_kwargs`) without importing it,
so listing and explaining operations stays fast.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from importlib.util import find_spec

DOCS = "https://developer.apple.com/documentation/appstoreconnectapi/"


@dataclass(frozen=True)
class Parameter:
    """One parameter: where it goes (path, query, body), Apple's name, its Python type, if required."""

    location: str
    name: str
    type: str
    required: bool


@dataclass(frozen=True)
class Operation:
    """One operation of Apple's spec: method, path template, id, generated endpoint module, largest page."""

    method: str
    path: str
    operation_id: str
    module: str
    max_limit: int | None

    @property
    def is_collection(self) -> bool:
        """Whether it lists pages of items (it takes a `limit`)."""
        return self.max_limit is not None

    @property
    def doc_url(self) -> str:
        """Apple's page for it, e.g. .../get-v1-apps-_id_ for GET /v1/apps/{id}."""
        slug = re.sub(r"\{(\w+)\}", r"_\1_", self.path).strip("/").replace("/", "-")
        return f"{DOCS}{self.method.lower()}-{slug.lower()}"

    @cached_property
    def parameters(self) -> tuple[Parameter, ...]:
        """Its path, query and body parameters, as its generated module takes them."""
        return _parameters(self)

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def operations() -> tuple[Operation, ...]:
    """Every operation, in the order of `operations.json`."""
    return tuple(operation for operation, _ in _index())


def find(method: str, path: str) -> Operation | None:
    """The operation `method path` is (e.g. `GET /v1/apps/123/builds`), if any; literal templates win."""
    for operation, pattern in _matching_order():
        if operation.method == method.upper() and pattern.fullmatch(path):
            return operation
    return None


def named(name: str) -> Operation | None:
    """The operation with this id (`apps_getCollection`, any case) or method and path template."""
    key = name.strip()
    for operation, _ in _index():
        if key.lower() in (operation.operation_id.lower(), str(operation).lower()):
            return operation
    method, _, path = key.partition(" ")
    return find(method, path.strip()) if path else None


def search(words: list[str]) -> list[Operation]:
    """Operations whose id, method and path hold every word (any case, ignoring '-', '_' and spaces)."""
    wanted = [_squashed(word) for word in words if _squashed(word)]
    return [
        operation
        for operation, _ in _index()
        if all(
            word in _squashed(f"{operation.method} {operation.operation_id} {operation.path}")
            for word in wanted
        )
    ]


def _squashed(text: str) -> str:
    return re.sub(r"[^a-z0-9/{}]", "", text.lower())


@cache
def _index() -> tuple[tuple[Operation, re.Pattern[str]], ...]:
    text = resources.files("app_store_connect_api").joinpath("operations.json").read_text()
    return tuple(
        (
            Operation(
                entry["method"], entry["path"], entry["operation_id"], entry["module"], entry["max_limit"]
            ),
            re.compile(re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(entry["path"]))),
        )
        for entry in json.loads(text)
    )


@cache
def _matching_order() -> tuple[tuple[Operation, re.Pattern[str]], ...]:
    """`/v1/apps/{id}` must not shadow `/v1/apps/xyz` literals: fewer path parameters first."""
    return tuple(sorted(_index(), key=lambda pair: pair[0].path.count("{")))


def _parameters(operation: Operation) -> tuple[Parameter, ...]:
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
    """Python argument -> Apple's query name, from the statements that fill `params["..."]`."""
    names: dict[str, str] = {}
    for statement in function.body:
        keys = [
            node.slice.value
            for node in ast.walk(statement)
            if isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id == "params"
            and isinstance(node.slice, ast.Constant)
            and isinstance(node.slice.value, str)
        ]
        used = {node.id for node in ast.walk(statement) if isinstance(node, ast.Name)} & arguments
        if len(keys) == 1 and len(used) == 1:
            names[used.pop()] = keys[0]
    return names


def _type_text(annotation: ast.expr | None) -> str:
    text = "" if annotation is None else ast.unparse(annotation)
    return re.sub(r"\s*\|\s*Unset|Unset\s*\|\s*", "", text)
