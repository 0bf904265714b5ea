"""Run openapi-python-client in-process with our config and templates, then post-process its output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from resources import apple_doc_url, plain, python_names, render_endpoint_index, write_resources

_METHODS = ("get", "post", "patch", "put", "delete")


def _bracket_aware_names() -> None:
    """S12: name `filter[bundleId]` `filter_bundle_id`, not the generator's `filterbundle_id`.

    The generator drops characters outside its word delimiters before splitting words; making the
    brackets delimiters is the whole change (class and module names contain no brackets).
    """
    from openapi_python_client import strings

    if "[" not in strings.DELIMITERS:
        strings.DELIMITERS += "[]"


def _require_comma_separated_arrays(spec: dict[str, Any]) -> None:
    """S12: our endpoint template joins array query values with commas; fail if the spec asks otherwise."""
    exploded = [
        f"{method.upper()} {path} {parameter['name']}"
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in _METHODS
        for parameter in operation.get("parameters", ())
        if parameter.get("in") == "query"
        and parameter.get("schema", {}).get("type") == "array"
        and (parameter.get("style", "form") != "form" or parameter.get("explode", True))
    ]
    if exploded:
        raise RuntimeError(f"array query parameters not `style: form, explode: false`: {exploded[:5]}")


# The parts of the generator's model.py.jinja our model template replaces, as Jinja blocks:
# (block, its first line, the first line after it).
# After a generator upgrade, a line not found fails the build naming the block to merge.
_MODEL_BLOCKS = (
    ("imports", "from __future__ import annotations", "{% if model.additional_properties %}"),
    ("type_var", 'T = TypeVar("T", bound="{{ class_name }}")', ""),
    ("class_declaration", "@_attrs_define", "{% macro _transform_property(property, content) %}"),
    ("to_dict", "    def to_dict(self) -> dict[str, Any]:", "{% if model.is_multipart_body %}"),
    ("from_dict", "    @classmethod", "    {% if model.additional_properties %}"),
)


def _model_with_blocks(source: str) -> str:
    """The generator's model template with `_MODEL_BLOCKS` marked, for ours to `{% extends %}`."""
    lines = source.splitlines()
    for name, first, after in _MODEL_BLOCKS:
        try:
            start = lines.index(first)
            end = lines.index(after, start + 1)
        except ValueError:
            raise RuntimeError(
                f"the generator's model.py.jinja changed around block {name!r}: "
                "merge spec/templates/model.py.jinja"
            ) from None
        lines[start:end] = ["{% block " + name + " %}", *lines[start:end], "{% endblock %}"]
    return "\n".join(lines) + "\n"


def _expose_generator_templates(project: Any, templates_path: Path) -> None:
    """Our templates override the generator's by name and import the originals as `generator/...`;
    `generator/model_blocks.py.jinja` is the generator's model template with the blocks ours replaces."""
    from jinja2 import ChoiceLoader, DictLoader, FileSystemLoader, PackageLoader, PrefixLoader

    original = PackageLoader("openapi_python_client")
    model_source = original.get_source(project.env, "model.py.jinja")[0]
    blocks = DictLoader({"generator/model_blocks.py.jinja": _model_with_blocks(model_source)})
    project.env.loader = ChoiceLoader(
        [FileSystemLoader(str(templates_path)), blocks, PrefixLoader({"generator": original}), original]
    )


def _resource_types(spec: dict[str, Any], prefix: str) -> dict[str, str]:
    """Class name -> JSON:API `type` of every schema pinned to one type (for `included` dispatch)."""
    from openapi_python_client import strings

    types: dict[str, str] = {}
    for name, schema in spec["components"]["schemas"].items():
        type_property = schema.get("properties", {}).get("type", {})
        if "const" in type_property:
            types[str(strings.ClassName(name, prefix))] = type_property["const"]
    return types


def _collection_items(project: Any) -> dict[str, tuple[str, str]]:
    """Collection document class -> (item class, its module), e.g. AppsResponse -> (App, app)."""
    items: dict[str, tuple[str, str]] = {}
    for model in project.openapi.models:
        for prop in (model.required_properties or []) + (model.optional_properties or []):
            inner = getattr(prop, "inner_property", None)
            if prop.name == "data" and inner is not None and inner.template == "model_property.py.jinja":
                item = inner.class_info
                items[str(model.class_info.name)] = (str(item.name), str(item.module_name))
    return items


def run_generator(
    *, spec_path: Path, output_path: Path, config_path: Path, templates_path: Path, raw_spec: dict[str, Any]
) -> None:
    """Generate the package at `output_path`; raise RuntimeError on any generator warning or error."""
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType

    _require_comma_separated_arrays(raw_spec)
    _bracket_aware_names()
    # The post hooks (ruff) must be the ones installed beside this interpreter.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=output_path,
    )
    project = _get_project_for_url_or_path(config=config, custom_template_path=templates_path)
    if not hasattr(project, "build"):
        raise RuntimeError(f"the generator could not read the patched spec: {project}")
    _expose_generator_templates(project, templates_path)
    project.env.globals["resource_types"] = _resource_types(raw_spec, config.field_prefix)
    collection_items = _collection_items(project)
    project.env.globals["collection_items"] = collection_items
    project.env.globals["endpoint_reference"] = _endpoint_reference(raw_spec)
    project.env.globals["request_models"] = _request_models(project)
    project.env.globals["as_required"] = _as_required
    errors = project.build()
    if errors:
        details = "\n\n".join(f"{error.header}: {error.detail}" for error in errors)
        raise RuntimeError(f"openapi-python-client reported {len(errors)} problem(s):\n{details}")
    (output_path / "py.typed").write_text("# Marker file for PEP 561\n")
    _write_models_stub(project, output_path / "models")
    methods = write_resources(project, raw_spec, output_path, collection_items)
    _format(output_path / "resources")
    _write_operations_index(project, raw_spec, output_path / "operations.json", python_names(methods))
    total = sum(1 for item in raw_spec["paths"].values() for method in item if method in _METHODS)
    (output_path.parent / "endpoints.md").write_text(render_endpoint_index(methods, total))


def _write_models_stub(project: Any, folder: Path) -> None:
    """models/__init__.pyi: every model for type checkers (the run-time `__init__.py` imports none)."""
    classes = [item.class_info for item in (*project.openapi.models, *project.openapi.enums)]
    stub = project.env.get_template("models_init.pyi.jinja").render(classes=classes)
    (folder / "__init__.pyi").write_text(stub)
    _format(folder)


def _as_required(prop: Any) -> Any:
    """A property as if required: its construct/transform without the UNSET branch (None is handled)."""
    import attrs

    return attrs.evolve(prop, required=True)


def _request_models(project: Any) -> set[str]:
    """Class names of every model reachable from a request body: they keep UNSET apart from None (Q16)."""
    by_name = {str(model.class_info.name): model for model in project.openapi.models}
    pending = [
        body.prop
        for collection in project.openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        for body in endpoint.bodies
    ]
    seen: set[str] = set()
    while pending:
        prop = pending.pop()
        pending.extend(getattr(prop, "inner_properties", None) or ())
        if getattr(prop, "inner_property", None) is not None:
            pending.append(prop.inner_property)
        class_info = getattr(prop, "class_info", None)
        model = by_name.get(str(class_info.name)) if class_info is not None else None
        if model is not None and str(class_info.name) not in seen:
            seen.add(str(class_info.name))
            pending.extend((model.required_properties or []) + (model.optional_properties or []))
    return seen


def _endpoint_reference(spec: dict[str, Any]) -> Any:
    """A template function: an endpoint's method, path, operation id and Apple's page, for its docstrings."""
    operation_ids = {
        (method.upper(), path): operation["operationId"]
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in _METHODS
    }

    def reference(endpoint: Any) -> str:
        method, path = endpoint.method.upper(), plain(endpoint.path)
        return f"``{method} {path}`` ({operation_ids[(method, path)]}):\n{apple_doc_url(method, path)}"

    return reference


def _format(folder: Path) -> None:
    """The generator's post hooks ran before `resources/` existed: format it the same way."""
    for command in (["ruff", "check", "--fix-only", "--extend-select=I"], ["ruff", "format"]):
        subprocess.run(
            [
                *command,
                ".",
                "--line-length",
                "110",
                "--target-version",
                "py311",
                "--isolated",
                "--quiet",
                "--no-cache",
            ],
            cwd=folder,
            check=True,
        )


def _write_operations_index(project: Any, spec: dict[str, Any], path: Path, python: dict[str, str]) -> None:
    """operations.json: for each operation its module, method, path, largest page `limit`, its
    resource method (`apps.list_builds`) and Apple's documentation page."""
    operations = {
        (method.upper(), api_path): operation
        for api_path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in _METHODS
    }
    index = []
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            method, api_path = endpoint.method.upper(), plain(endpoint.path)
            operation = operations[(method, api_path)]
            index.append(
                {
                    "operation_id": operation["operationId"],
                    "module": f"app_store_connect_api.api.{tag}.{endpoint.name}",
                    "method": method,
                    "path": api_path,
                    "max_limit": _max_limit(operation),
                    "python": python[operation["operationId"]],
                    "doc_url": apple_doc_url(method, api_path),
                }
            )
    index.sort(key=lambda entry: entry["operation_id"])
    path.write_text(json.dumps(index, indent=1, sort_keys=True) + "\n")


def _max_limit(operation: dict[str, Any]) -> int | None:
    for parameter in operation.get("parameters", ()):
        if parameter.get("in") == "query" and parameter.get("name") == "limit":
            maximum = parameter.get("schema", {}).get("maximum")
            return int(maximum) if maximum is not None else None
    return None
