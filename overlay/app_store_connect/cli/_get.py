"""`asc get PATH`: any GET, one page or (`--all`) every page through the library's paginator."""

from __future__ import annotations

import sys
from collections.abc import Iterable

import click
import httpx

from ._operations import find_get
from ._output import write_json, write_json_document
from ._session import Session, json_option, pass_session


def _parse_params(ctx: click.Context, param: click.Parameter, values: Iterable[str]) -> dict[str, str]:
    """`NAME=VALUE` pairs; a name given twice gets both values, comma-separated as Apple expects (S12)."""
    params: dict[str, str] = {}
    for text in values:
        name, sep, value = text.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{text!r} is not NAME=VALUE", ctx=ctx, param=param)
        params[name] = f"{params[name]},{value}" if name in params else value
    return params


@click.command()
@click.argument("path")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    callback=_parse_params,
    help="A query parameter as Apple names it, e.g. 'filter[bundleId]=com.example.app' (repeatable).",
)
@click.option("--all", "every_page", is_flag=True, help="Follow the pages to the end and print every item.")
@click.option("--max-items", type=click.IntRange(min=1), help="With --all: stop after this many items.")
@json_option
@pass_session
def get(session: Session, path: str, params: dict[str, str], every_page: bool, max_items: int | None) -> None:
    """GET any API path and print the JSON it answers.

    For example `asc get /v1/apps -p 'fields[apps]=name,sku'`, or a `links.next` URL as given.

    With --all, pages are followed as Apple links them, as large as the operation allows, and
    stopped safely when the API misbehaves (Q1-Q5); the items print as one {"data": [...]} document.
    A body that is not JSON (a report) is written to stdout as received.
    """
    url = httpx.URL(path)
    if not url.is_absolute_url and not url.path.startswith("/"):
        raise click.BadParameter(f"{path!r} is not an API path such as /v1/apps", param_hint="PATH")
    query = {**dict(url.params), **params}
    url = url.copy_with(query=None)
    if every_page:
        _get_all(session, url, query, max_items)
        return
    response = session.client.request("GET", url, params=query)
    if response.headers.get("content-type", "").split(";")[0].strip().endswith("json"):
        write_json(response.json())
    else:
        sys.stdout.buffer.write(response.content)


def _get_all(session: Session, url: httpx.URL, query: dict[str, str], max_items: int | None) -> None:
    operation = find_get(url.path)
    if operation is not None and not operation.is_collection:
        raise click.UsageError(f"--all needs a collection, and {operation.path} is a single resource")
    if operation is not None and "limit" not in query:  # the largest pages: fewer requests (Q7)
        query["limit"] = str(operation.max_limit)
    paginator = session.client.paginate(url.copy_merge_params(query), max_items=max_items)
    included: dict[tuple[str, str], object] = {}

    def items() -> Iterable[object]:
        for page in paginator.pages():
            yield from page.items
            included.update(((r.get("type"), r.get("id")), r) for r in page.included)

    def rest() -> dict[str, object]:
        stopped = {"pages": paginator.pages_seen, "stopped": paginator.stop_message}
        return {"included": list(included.values()), "meta": stopped} if included else {"meta": stopped}

    write_json_document(items(), rest)
