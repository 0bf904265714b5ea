"""Generate the resource namespaces (`asc.apps.list(...)`) and the endpoint index from the spec.

Every operation id reads `{resource}_{relationship?}_{verb}`; the verb decides the method name (VERBS),
the resource the namespace (`apps`, `beta_groups`). Each namespace is a module of
`app_store_connect_api.resources` with a sync and an async class whose methods have the endpoint's
real signature (positional path id, each query parameter a typed keyword, `timeout`), and run through
the overlay's `AppStoreConnect.call`/`paginate`, so every check and guard applies.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier, pascal_case, snake_case

# verb of the operation id -> (method name, kind). `{rel}` is the relationship in snake case.
VERBS: dict[str, tuple[str, str]] = {
    "getCollection": ("list", "list"),
    "getInstance": ("get", "call"),
    "createInstance": ("create", "write"),
    "updateInstance": ("update", "write"),
    "deleteInstance": ("delete", "call"),
    "getToManyRelated": ("list_{rel}", "list"),
    "getToManyRelationship": ("list_{rel}_ids", "list"),
    "getToOneRelated": ("get_{rel}", "call"),
    "getToOneRelationship": ("get_{rel}_id", "call"),
    "createToManyRelationship": ("add_{rel}", "link_many"),
    "deleteToManyRelationship": ("remove_{rel}", "link_many"),
    "replaceToManyRelationship": ("replace_{rel}", "link_many"),
    "updateToOneRelationship": ("set_{rel}", "link_one"),
    "getMetrics": ("get_{rel}_metrics", "call"),
}
PAGE_SUFFIX = "_page"  # list_builds -> list_builds_page: one request, the whole typed document
RESERVED = {"self", "body", "timeout", "max_items", "max_pages", "allow_partial", "ids", "related_id", "id"}
DOC_BASE = "https://developer.apple.com/documentation/appstoreconnectapi/"


def apple_doc_url(method: str, path: str) -> str:
    """Apple's page of an operation: `GET /v1/apps/{id}/builds` -> .../get-v1-apps-_id_-builds."""
    slug = f"{method}{path}".lower().replace("/", "-").replace("{", "_").replace("}", "_")
    return DOC_BASE + slug


@dataclass
class Query:
    python_name: str
    annotation: str
    required: bool


@dataclass
class Method:
    resource: str
    name: str
    kind: str
    operation_id: str
    http_method: str
    path: str
    module: str  # relative to app_store_connect_api.api, e.g. "apps.apps_get_collection"
    has_id: bool
    queries: list[Query]
    success: tuple[str, str | None] | None  # (class, models module) of the 2xx body, None for no body
    item: tuple[str, str] | None = None
    body_class: tuple[str, str] | None = None
    body_spec: str | None = None  # Python source of the `Body` (write) or the linkage type (link_*)
    keywords: list[tuple[str, str]] = field(default_factory=list)  # (python name, annotation) of a write

    @property
    def python(self) -> str:
        return f"{self.resource}.{self.name}"


def plain(value: Any) -> str:
    """The text of one of the generator's (untrusted) strings."""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def code(value: Any) -> str:
    """The source text of one of the generator's `PythonCode` values."""
    return str(value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else value)


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _type_const(schema: dict[str, Any]) -> str:
    type_schema = schema.get("properties", {}).get("type", {})
    return str(type_schema["const"] if "const" in type_schema else type_schema["enum"][0])


def _json_type(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[str, str]:
    """(JSON type checked at run time, Python annotation) of an attribute."""
    schema = _resolve(spec, schema) if "$ref" in schema else schema
    kind = schema.get("type", "object")
    if kind == "string":
        return "string", ("str | date" if schema.get("format") in ("date", "date-time") else "str")
    if kind == "integer":
        return "integer", "int"
    if kind == "number":
        return "number", "float"
    if kind == "boolean":
        return "boolean", "bool"
    if kind == "array":
        return "array", "Sequence[Any]"
    return "object", "Mapping[str, Any]"


def _body_spec(
    spec: dict[str, Any], schema: dict[str, Any], identifier: Any
) -> tuple[str, list[tuple[str, str]]]:
    """The `Body(...)` source of a create/update request schema, and its keyword parameters."""
    data = _resolve(spec, _resolve(spec, schema)["properties"]["data"])
    attributes_schema = _resolve(spec, data.get("properties", {}).get("attributes", {}))
    relationships_schema = _resolve(spec, data.get("properties", {}).get("relationships", {}))
    attributes, relationships, keywords = [], [], []
    required_attributes = set(attributes_schema.get("required", ()))
    for name, prop in attributes_schema.get("properties", {}).items():
        python = identifier(name)
        json_type, annotation = _json_type(spec, prop)
        required = name in required_attributes
        attributes.append(f"{python!r}: ({name!r}, {json_type!r}, {required})")
        keywords.append((python, f"{annotation}{'' if required else ' | None'} | Unset = UNSET"))
    required_relationships = set(relationships_schema.get("required", ()))
    for name, prop in relationships_schema.get("properties", {}).items():
        python = identifier(name)
        linkage = _resolve(spec, _resolve(spec, prop)["properties"]["data"])
        to_many = linkage.get("type") == "array"
        linkage_type = _type_const(_resolve(spec, linkage["items"]) if to_many else linkage)
        required = name in required_relationships
        relationships.append(f"{python!r}: ({name!r}, {linkage_type!r}, {to_many}, {required})")
        annotation = "str | Sequence[str]" if to_many else "str"
        keywords.append((python, f"{annotation}{'' if required else ' | None'} | Unset = UNSET"))
    names = [python for python, _ in keywords]
    clashes = (set(names) & RESERVED) | {n for n in names if names.count(n) > 1}
    if clashes:
        raise RuntimeError(f"request keywords clash with reserved names: {sorted(clashes)}")
    source = f"Body({_type_const(data)!r}, {{{', '.join(attributes)}}}, {{{', '.join(relationships)}}})"
    return source, keywords


def _linkage_type(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    data = _resolve(spec, _resolve(spec, schema)["properties"]["data"])
    return _type_const(_resolve(spec, data["items"]) if data.get("type") == "array" else data)


def _query(prop: Any) -> Query:
    if prop.template == "list_property.py.jinja":
        annotation = "str | Sequence[str]"
    else:
        annotation = code(prop.get_type_string(no_optional=True)).split(" ")[0]
        if prop.template == "enum_property.py.jinja":
            annotation = "str"
    if not prop.required:
        annotation += " | None = None"
    return Query(str(prop.python_name), annotation, bool(prop.required))


def _success(endpoint: Any) -> tuple[str, str | None] | None:
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if low >= 200 and high < 300:
            prop = response.prop
            name = code(prop.get_type_string())
            if name in ("None", "Any"):
                return None
            class_info = getattr(prop, "class_info", None)
            return name, (str(class_info.module_name) if class_info is not None else None)
    return None


def collect(project: Any, spec: dict[str, Any], collection_items: dict[str, tuple[str, str]]) -> list[Method]:
    """One `Method` per operation of the spec; raises if two operations would get the same name."""
    operations = {
        (method.upper(), path): operation
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }
    prefix = project.config.field_prefix

    def identifier(name: str) -> str:
        return str(PythonIdentifier(name, prefix))

    methods: list[Method] = []
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            http_method, path = endpoint.method.upper(), plain(endpoint.path)
            operation_id = operations[(http_method, path)]["operationId"]
            parts = operation_id.split("_")
            if len(parts) not in (2, 3) or parts[-1] not in VERBS:
                raise RuntimeError(
                    f"operation id outside the grammar {{resource}}_{{rel?}}_{{verb}}: {operation_id}"
                )
            name, kind = VERBS[parts[-1]]
            relationship = snake_case(parts[1]) if len(parts) == 3 else ""
            path_ids = [str(p.python_name) for p in endpoint.path_parameters]
            if path_ids not in ([], ["id"]):
                raise RuntimeError(f"{operation_id}: path parameters {path_ids}; only one `id` is supported")
            queries = [_query(prop) for prop in endpoint.query_parameters]
            clashes = {q.python_name for q in queries} & RESERVED
            if clashes:
                raise RuntimeError(f"{operation_id}: query parameters clash with reserved names {clashes}")
            success = _success(endpoint)
            method = Method(
                resource=snake_case(parts[0]),
                name=name.format(rel=relationship),
                kind=kind,
                operation_id=operation_id,
                http_method=http_method,
                path=path,
                module=f"{tag}.{endpoint.name}",
                has_id=bool(path_ids),
                queries=queries,
                success=success,
            )
            if kind == "list":
                method.item = collection_items.get(success[0]) if success else None
                if method.item is None:  # not a JSON:API collection (perfPowerMetrics): one document
                    method.kind = "call"
            if endpoint.bodies:
                body = endpoint.bodies[0].prop
                method.body_class = (str(body.class_info.name), str(body.class_info.module_name))
                schema = operations[(http_method, path)]["requestBody"]["content"]["application/json"][
                    "schema"
                ]
                if kind == "write":
                    method.body_spec, method.keywords = _body_spec(spec, schema, identifier)
                else:
                    method.body_spec = repr(_linkage_type(spec, schema))
            methods.append(method)
    seen: dict[tuple[str, str], str] = {}
    for method in methods:
        for name in [method.name] + ([method.name + PAGE_SUFFIX] if method.kind == "list" else []):
            other = seen.setdefault((method.resource, name), method.operation_id)
            if other != method.operation_id:
                raise RuntimeError(f"{method.resource}.{name}: both {other} and {method.operation_id}")
    return sorted(methods, key=lambda m: (m.resource, m.name))


# ---------------------------------------------------------------------------------------------- render


def _docstring(method: Method, lead: str) -> str:
    return (
        f'"""{lead}.\n\n'
        f"        ``{method.http_method} {method.path}`` ({method.operation_id}):\n"
        f"        {apple_doc_url(method.http_method, method.path)}\n"
        f'        """'
    )


def _signature(method: Method, *, paged: bool, page_only: bool = False) -> list[str]:
    lines = ["self,"]
    if method.has_id:
        lines.append("id: str,")
    if method.kind == "write":
        body = f"{method.body_class[0]} | Mapping[str, Any] | None = None" if method.body_class else "None"
        lines += ["/,", f"body: {body},"]
    elif method.kind == "link_many":
        lines += ["/,", "ids: str | Sequence[str],"]
    elif method.kind == "link_one":
        lines += ["/,", "related_id: str | None,"]
    elif method.has_id:
        lines.append("/,")
    lines.append("*,")
    queries = sorted(method.queries, key=lambda q: not q.required)
    lines += [f"{q.python_name}: {q.annotation}," for q in queries]
    lines += [f"{python}: {annotation}," for python, annotation in method.keywords]
    if paged and not page_only:
        lines += [
            "max_items: int | None = None,",
            "max_pages: int | None = None,",
            "allow_partial: bool = False,",
        ]
    lines.append("timeout: Timeout = None,")
    return lines


def _returns(method: Method, *, paged: bool, is_async: bool) -> str:
    if paged:
        assert method.item is not None
        return f"{'AsyncPaginator' if is_async else 'Paginator'}[{method.item[0]}]"
    return method.success[0] if method.success else "None"


def _render_method(method: Method, *, is_async: bool, paged: bool, page_only: bool = False) -> str:
    name = method.name + (PAGE_SUFFIX if page_only else "")
    call = {"list": "_paginate" if paged and not page_only else "_call", "call": "_call"}.get(method.kind)
    if method.kind == "write":
        call_source = f'self._write("{method.module}", locals(), {_body_name(method)})'
    elif method.kind in ("link_many", "link_one"):
        call_source = f'self._{method.kind}("{method.module}", locals(), {method.body_spec})'
    else:
        call_source = f'self.{call}("{method.module}", locals())'
    awaits = is_async and not (method.kind == "list" and not page_only)
    lead = {
        "list": f"Every {method.item[0] if method.item else 'item'} across pages, with the pagination guards",
        "call": "One request",
        "write": "Send the request (a body, or the attributes and relationship ids as keywords)",
        "link_many": "Send the linkage ids",
        "link_one": "Set the linkage (None to clear it)",
    }[method.kind]
    if page_only:
        lead = "One page as the whole typed document (data, included, meta, links)"
    signature = "\n        ".join(_signature(method, paged=method.kind == "list", page_only=page_only))
    returns = _returns(method, paged=method.kind == "list" and not page_only, is_async=is_async)
    return (
        f"    {'async ' if awaits else ''}def {name}(\n        {signature}\n    ) -> {returns}:\n"
        f"        {_docstring(method, lead)}\n"
        f"        return {'await ' if awaits else ''}{call_source}\n"
    )


def _body_name(method: Method) -> str:
    return f"_{method.name.upper()}_BODY"


def _class_name(resource: str) -> str:
    return pascal_case(resource)


def render_module(resource: str, methods: list[Method]) -> str:
    models: set[tuple[str, str]] = set()
    for method in methods:
        for reference in (method.success, method.item, method.body_class):
            if reference and reference[1]:
                models.add((reference[1], reference[0]))
    type_imports = [f"    from ..models.{module} import {name}" for module, name in sorted(models)]
    if any(m.success and m.success[1] is None and m.success[0] == "File" for m in methods):
        type_imports.append("    from ..types import File")
    class_name = _class_name(resource)
    bodies = [f"{_body_name(m)} = {m.body_spec}" for m in methods if m.kind == "write"]
    classes: list[str] = []
    for is_async in (False, True):
        cls = f"Async{class_name}" if is_async else class_name
        base = "AsyncResource" if is_async else "SyncResource"
        classes += [
            "",
            f"class {cls}({base}):",
            f'    """`asc.{resource}`{" (async)" if is_async else ""}."""',
            "",
        ]
        for method in methods:
            classes.append(_render_method(method, is_async=is_async, paged=True))
            if method.kind == "list":
                classes.append(_render_method(method, is_async=is_async, paged=True, page_only=True))
    code = "\n".join(bodies + classes)
    runtime = ["AsyncResource", "SyncResource"] + (["Body"] if bodies else [])
    abc = [name for name in ("Mapping", "Sequence") if re.search(rf"\b{name}\[", code)]
    out = [
        f'"""`asc.{resource}`: the operations on {resource} (generated from the spec; do not edit)."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING" + (", Any" if re.search(r"\bAny\b", code) else ""),
        "",
        f"from app_store_connect._resources import {', '.join(sorted(runtime))}",
        "",
        *(["from ..types import UNSET, Unset", ""] if "UNSET" in code else []),
        "if TYPE_CHECKING:",
        *([f"    from collections.abc import {', '.join(abc)}"] if abc else []),
        *(["    from datetime import date"] if re.search(r"\bdate\b", code) else []),
        "",
        "    from app_store_connect._pagination import AsyncPaginator, Paginator",
        "    from app_store_connect._resources import Timeout",
        *type_imports,
        "",
        "__all__ = [" + f'"Async{class_name}", "{class_name}"' + "]",
        "",
    ]
    return "\n".join(out) + "\n" + code + "\n"


def render_namespaces(resources: list[str]) -> str:
    lines = [
        '"""The resource namespaces of both clients: `asc.apps`, `asc.beta_groups`, ... (generated).',
        "",
        "Each namespace's module is imported on first attribute access.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING",
        "",
        "from app_store_connect._resources import Namespace",
        "",
        "if TYPE_CHECKING:",
    ]
    for resource in resources:
        lines.append(f"    from .{resource} import Async{_class_name(resource)}, {_class_name(resource)}")
    for is_async in (False, True):
        cls = "AsyncResources" if is_async else "Resources"
        lines += [
            "",
            "",
            f"class {cls}:",
            f'    """The namespaces of {"AsyncAppStoreConnect" if is_async else "AppStoreConnect"}."""',
            "",
        ]
        for resource in resources:
            target = ("Async" if is_async else "") + _class_name(resource)
            lines.append(f'    {resource}: Namespace[{target}] = Namespace("{resource}", "{target}")')
    return "\n".join(lines) + "\n"


def render_endpoint_index(methods: list[Method], total: int) -> str:
    lines = [
        "# Endpoints",
        "",
        "Every operation of Apple's spec, the Python method that calls it (on `AppStoreConnect` and",
        "`AsyncAppStoreConnect`), and its generated endpoint module (for `asc.call` / `asc.paginate`).",
        "Written by `scripts/regenerate.py`; do not edit.",
        "",
        f"{len(methods):,} of {total:,} operations are reachable as methods.",
        "",
        "| method | path | Python | endpoint module |",
        "|---|---|---|---|",
    ]
    for method in sorted(methods, key=lambda m: (m.path, m.http_method)):
        module = method.module.split(".")[-1]
        url = apple_doc_url(method.http_method, method.path)
        lines.append(
            f"| {method.http_method} | [`{method.path}`]({url}) | `asc.{method.python}` | `{module}` |"
        )
    return "\n".join(lines) + "\n"


def write_resources(
    project: Any, spec: dict[str, Any], output_path: Path, collection_items: dict[str, Any]
) -> list[Method]:
    """Write `resources/` into the generated package; return the methods (for the indexes)."""
    methods = collect(project, spec, collection_items)
    by_resource: dict[str, list[Method]] = defaultdict(list)
    for method in methods:
        by_resource[method.resource].append(method)
    folder = output_path / "resources"
    folder.mkdir(exist_ok=True)
    for resource, members in by_resource.items():
        (folder / f"{resource}.py").write_text(render_module(resource, members))
    (folder / "__init__.py").write_text(render_namespaces(sorted(by_resource)))
    return methods


def python_names(methods: list[Method]) -> dict[str, str]:
    """operation id -> `resource.method`, for operations.json."""
    return {method.operation_id: method.python for method in methods}
