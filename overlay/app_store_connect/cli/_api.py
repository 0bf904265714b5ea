"""`asc api METHOD PATH`: any operation of the API with the library's auth, retries and pagination guards.

`asc get PATH` is `asc api GET PATH`. Writes ask before sending on a terminal and need `--yes` elsewhere;
`--dry-run` prints the request instead of sending it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

import click

from ._exit import ExitCode, fail
from ._listing import raw_pages
from ._output import write_json, write_json_document
from ._session import Session, pass_session

if TYPE_CHECKING:
    import httpx

    from ._operations import Operation

METHODS = ("GET", "POST", "PATCH", "DELETE")


def _parse_params(ctx: click.Context, param: click.Parameter, values: Iterable[str]) -> dict[str, str]:
    """`NAME=VALUE` pairs; a name given twice gets both values, comma-separated as Apple expects (S12)."""
    params: dict[str, str] = {}
    for text in values:
        name, sep, value = text.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{text!r} is not NAME=VALUE", ctx=ctx, param=param)
        params[name] = f"{params[name]},{value}" if name in params else value
    return params


def _parse_fields(ctx: click.Context, param: click.Parameter, values: Iterable[str]) -> list[tuple[str, Any]]:
    """`NAME=TEXT` (a string) or `NAME:=JSON` (a number, true, null, a list...)."""
    fields: list[tuple[str, Any]] = []
    for text in values:
        name, sep, value = text.partition("=")
        if not sep or not name.rstrip(":"):
            raise click.BadParameter(f"{text!r} is not NAME=TEXT or NAME:=JSON", ctx=ctx, param=param)
        if name.endswith(":"):
            try:
                fields.append((name[:-1], json.loads(value)))
            except ValueError:
                raise click.BadParameter(f"{text!r}: {value!r} is not JSON", ctx=ctx, param=param) from None
        else:
            fields.append((name, value))
    return fields


query_option = click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    callback=_parse_params,
    help="A query parameter as Apple names it, e.g. 'filter[bundleId]=com.example.app' (repeatable).",
)
all_option = click.option(
    "--all", "every_page", is_flag=True, help="Follow the pages to the end and print every item."
)
max_items_option = click.option(
    "--max-items", type=click.IntRange(min=1), help="With --all: stop after this many items."
)


@click.command()
@click.argument("method", type=click.Choice(METHODS, case_sensitive=False))
@click.argument("path")
@query_option
@click.option(
    "-f",
    "--field",
    "fields",
    multiple=True,
    metavar="NAME=TEXT|NAME:=JSON",
    callback=_parse_fields,
    help="A field of the JSON body: NAME is an attribute (data.attributes.NAME) unless it is 'data' or "
    "starts with 'data.'; data.type (and data.id of PATCH /v1/x/ID) are filled in (repeatable).",
)
@click.option(
    "--input",
    "body_file",
    type=click.File("rb"),
    help="The JSON body from this file, or - for stdin (instead of --field).",
)
@all_option
@max_items_option
@click.option("--dry-run", is_flag=True, help="Print the request (method, URL, body) instead of sending it.")
@click.option("--yes", "-y", is_flag=True, help="Send a write (POST, PATCH, DELETE) without asking.")
@pass_session
def api(
    session: Session,
    method: str,
    path: str,
    params: dict[str, str],
    fields: list[tuple[str, Any]],
    body_file: IO[bytes] | None,
    every_page: bool,
    max_items: int | None,
    dry_run: bool,
    yes: bool,
) -> None:
    """Send METHOD PATH, e.g. `asc api GET /v1/apps -p 'fields[apps]=name'`, and print the JSON answer.

    \b
    asc api PATCH /v1/apps/123 -f contentRightsDeclaration=USES_THIRD_PARTY_CONTENT
    asc api POST /v1/betaGroups -f name=QA -f data.relationships.app.data:='{"type":"apps","id":"123"}'
    asc api DELETE /v1/betaGroups/456 --yes

    PATH is a path of the API (`asc ops search WORDS` finds them) or a links.next URL as given.
    With --all, pages are followed as Apple links them, as large as the operation allows, and
    stopped safely when the API misbehaves; the items print as one {"data": [...]} document.
    A body that is not JSON (a report) is written to stdout as received.
    """
    send(session, Call(method, path, params, fields, body_file, every_page, max_items, dry_run, yes))


@click.command()
@click.argument("path")
@query_option
@all_option
@max_items_option
@pass_session
def get(session: Session, path: str, params: dict[str, str], every_page: bool, max_items: int | None) -> None:
    """GET an API path and print the JSON it answers: the same as `asc api GET PATH`."""
    send(session, Call("GET", path, params, every_page=every_page, max_items=max_items))


@dataclass(frozen=True)
class Call:
    """What `asc api` was asked to do."""

    method: str
    path: str
    params: dict[str, str]
    fields: list[tuple[str, Any]] = field(default_factory=list)
    body_file: IO[bytes] | None = None
    every_page: bool = False
    max_items: int | None = None
    dry_run: bool = False
    yes: bool = False


def send(session: Session, call: Call) -> None:
    """Check the call against the operation it names, then print the request (dry run) or send it."""
    from ._operations import find

    method, params, every_page, max_items = call.method.upper(), call.params, call.every_page, call.max_items
    url = _api_url(call.path)
    operation = find(method, url.path)
    if operation is None:
        raise click.UsageError(
            f"the API has no operation {method} {url.path}; find one with `asc ops search WORDS`"
        )
    query = {**dict(url.params), **params}
    body = _body(operation, url.path, call.fields, call.body_file)
    if every_page and (method != "GET" or not operation.is_collection):
        raise click.UsageError(f"--all needs a GET of a collection, and {operation} is not one")
    if max_items is not None and not every_page:
        raise click.UsageError("--max-items goes with --all")
    if call.dry_run:
        _print_request(session, method, url.copy_with(query=None), query, body)
        return
    if method != "GET":
        _confirm(session, f"{method} {url.path}", call.yes)
    if every_page:
        _get_all(session, operation, url.copy_with(query=None), query, max_items)
        return
    response = session.client.request(method, url.copy_with(query=None), params=query, json=body)
    _print_response(response)


def _api_url(path: str) -> httpx.URL:
    import httpx

    url = httpx.URL(path)
    if not url.is_absolute_url and not url.path.startswith("/"):
        raise click.BadParameter(f"{path!r} is not an API path such as /v1/apps", param_hint="PATH")
    return url


def _body(
    operation: Operation, url_path: str, fields: list[tuple[str, Any]], body_file: IO[bytes] | None
) -> Any:
    """The JSON body from --input or --field (None without either); refused where the operation takes none."""
    from ._operations import parameters

    takes_body = any(parameter.location == "body" for parameter in parameters(operation))
    if body_file is None and not fields:
        if takes_body:
            raise click.UsageError(f"{operation} takes a JSON body: give --field NAME=VALUE or --input FILE")
        return None
    if not takes_body:
        raise click.UsageError(f"{operation} takes no body: leave out --field and --input")
    if body_file is not None:
        if fields:
            raise click.UsageError("give the body with --input or with --field, not both")
        try:
            return json.loads(body_file.read())
        except ValueError as error:
            raise click.UsageError(f"--input is not JSON: {error}") from None
    return _document(operation, url_path, fields)


def _document(operation: Operation, url_path: str, fields: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON:API document from --field values, with data.type (and data.id) from the path when left out."""
    document: dict[str, Any] = {"data": {}}
    for name, value in fields:
        in_data = name == "data" or name.startswith("data.")
        keys = name.split(".") if in_data else ["data", "attributes", *name.split(".")]
        target = document
        for key in keys[:-1]:
            target = target.setdefault(key, {})
            if not isinstance(target, dict):
                raise click.UsageError(f"--field {name}: {key} is already a value, not an object")
        target[keys[-1]] = value
    template, given = operation.path.strip("/").split("/"), url_path.strip("/").split("/")
    if len(template) in (2, 3) and isinstance(document["data"], dict):  # /v1/things, /v1/things/{id}
        document["data"].setdefault("type", template[1])
        if len(template) == 3 and len(given) == 3:
            document["data"].setdefault("id", given[2])
    return document


def _confirm(session: Session, request: str, yes: bool) -> None:
    """Writes go only with --yes, or after a yes on a terminal."""
    if yes:
        return
    if not _stdin_is_terminal():
        fail(f"{request} changes data: add --yes to send it", ExitCode.USAGE, machine=session.machine)
    if not click.confirm(f"Send {request}?", err=True):
        fail(f"{request} was not sent", ExitCode.USAGE, machine=session.machine)


def _stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def _print_request(session: Session, method: str, url: httpx.URL, query: dict[str, str], body: Any) -> None:
    """The request as it would be sent, without its token (--dry-run; nothing is started or sent)."""
    from .._client import DEFAULT_BASE_URL
    from .._environment import base_url_or_environment

    if url.is_absolute_url:
        origin = f"{url.scheme}://{url.netloc.decode()}"
    elif session.options.sandbox:
        origin = "(the sandbox)"
    else:
        origin = base_url_or_environment(session.options.base_url, DEFAULT_BASE_URL).rstrip("/")
    write_json({"method": method, "url": origin + url.path, "query": query, "body": body})


def _print_response(response: httpx.Response) -> None:
    """A JSON answer indented; another body (a report) as received; no body (204), nothing."""
    if response.headers.get("content-type", "").split(";")[0].strip().endswith("json"):
        write_json(response.json())
    elif response.content:
        sys.stdout.buffer.write(response.content)


def _get_all(
    session: Session, operation: Operation, url: httpx.URL, query: dict[str, str], max_items: int | None
) -> None:
    """Every page through the library's paginator and its guards, as one {"data": [...]} document."""
    if "limit" not in query and operation.max_limit is not None:  # the largest pages: fewer requests (Q7)
        query["limit"] = str(operation.max_limit)
    paginator = raw_pages(session, url, query, max_items=max_items)
    included: dict[tuple[object, object], object] = {}

    def items() -> Iterable[object]:
        for page in paginator.pages():
            yield from page.items
            included.update(((r.get("type"), r.get("id")), r) for r in page.included)

    def rest() -> dict[str, object]:
        stopped = {"pages": paginator.pages_seen, "stopped": paginator.stop_message}
        return {"included": list(included.values()), "meta": stopped} if included else {"meta": stopped}

    write_json_document(items(), rest)
