"""`asc ops search WORDS` and `asc ops show OPERATION`: find an operation and what it takes."""

from __future__ import annotations

import re
from enum import Enum
from importlib import import_module

import click

from ._exit import ExitCode, fail
from ._operations import Operation, Parameter, named, parameters, search
from ._output import write_json, write_listing
from ._session import Session, pass_session


@click.group()
def ops() -> None:
    """The API's operations: search them, and show what one takes (`asc api` sends them)."""


@ops.command("search")
@click.argument("words", nargs=-1)
@pass_session
def search_command(session: Session, words: tuple[str, ...]) -> None:
    """Operations whose method, id or path hold every word, e.g. `asc ops search beta group delete`."""
    rows = [
        {"method": op.method, "path": op.path, "operation": op.operation_id} for op in search(list(words))
    ]
    write_listing(rows, ("method", "path", "operation"), session.output_format)


@ops.command()
@click.argument("operation", nargs=-1, required=True)
@pass_session
def show(session: Session, operation: tuple[str, ...]) -> None:
    """Method, path, parameters and Apple's page of OPERATION: its id (apps_getCollection) or
    'METHOD PATH' (GET /v1/apps, GET /v1/apps/123/builds)."""
    found = named(" ".join(operation))
    if found is None:
        fail(
            f"no operation {' '.join(operation)!r}; find it with `asc ops search WORDS`",
            ExitCode.NOT_FOUND,
            machine=session.machine,
        )
    described = [_described(parameter) for parameter in parameters(found)]
    if session.output_format == "json":
        write_json(_summary(found) | {"parameters": described})
        return
    for name, value in _summary(found).items():
        if value is not None:
            click.echo(f"{name + ':':<13}{value}")
    click.echo()
    write_listing(described, ("in", "name", "type", "required", "values"), "table")


def _summary(operation: Operation) -> dict[str, object]:
    return {
        "operation": operation.operation_id,
        "method": operation.method,
        "path": operation.path,
        "pages": f"up to {operation.max_limit} items a page" if operation.is_collection else None,
        "docs": operation.doc_url,
        "python": f"asc.{operation.python}",
        "module": operation.module,
    }


def _described(parameter: Parameter) -> dict[str, object]:
    """A parameter as a row, with the values an enum allows (read from the generated model)."""
    return {
        "in": parameter.location,
        "name": parameter.name,
        "type": parameter.type,
        "required": parameter.required,
        "values": ",".join(_allowed(parameter.type)),
    }


def _allowed(type_text: str) -> list[str]:
    """The values of the enum model named in `type_text` (e.g. list[AppsGetCollectionSortItem])."""
    match = re.fullmatch(r"(?:list\[)?([A-Z]\w*)\]?", type_text)
    if match is None:
        return []
    module_name = re.sub(r"(?<!^)(?=[A-Z])", "_", match.group(1)).lower()
    try:
        model = getattr(import_module(f"app_store_connect_api.models.{module_name}"), match.group(1))
    except (ImportError, AttributeError):
        return []
    if not (isinstance(model, type) and issubclass(model, Enum)):
        return []
    return [str(member.value) for member in model if getattr(member, "is_known", True)]
