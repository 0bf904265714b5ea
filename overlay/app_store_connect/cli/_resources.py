"""`asc apps` and `asc builds`: the key's apps and builds as a table, JSON or CSV (one row each)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import click

from ._listing import app_id, raw_pages
from ._output import write_listing
from ._session import Session, pass_session

APP_COLUMNS = ("id", "name", "bundleId", "sku", "primaryLocale")
BUILD_COLUMNS = ("id", "app", "appVersion", "version", "uploadedDate", "processingState", "expired")

max_items_option = click.option("--max-items", type=click.IntRange(min=1), help="Stop after this many.")


@click.command()
@click.option(
    "--bundle-id", "bundle_ids", multiple=True, help="Only the app with this bundle id (repeatable)."
)
@max_items_option
@pass_session
def apps(session: Session, bundle_ids: tuple[str, ...], max_items: int | None) -> None:
    """List the apps the key can see: id, name, bundle id, SKU, primary locale."""
    query = {"filter[bundleId]": ",".join(bundle_ids)} if bundle_ids else {}
    found = raw_pages(session, "/v1/apps", {"limit": "200", **query}, max_items=max_items)
    write_listing([row(app) for app in found], APP_COLUMNS, session.output_format)


@click.command()
@click.option("--app", help="Only builds of this app: its Apple id or its bundle id.")
@click.option("--build-number", help="Only builds with this build number (CFBundleVersion).")
@max_items_option
@pass_session
def builds(session: Session, app: str | None, build_number: str | None, max_items: int | None) -> None:
    """List builds, newest first, with their app (bundle id) and app version (CFBundleShortVersionString)."""
    query = {"sort": "-uploadedDate", "include": "app,preReleaseVersion", "limit": "200"}
    if app is not None:
        query["filter[app]"] = app_id(session, app)
    if build_number is not None:
        query["filter[version]"] = build_number
    rows = [
        {
            **row(build),
            "app": row(page.related(build, "app") or {}).get("bundleId"),
            "appId": _linked_id(build, "app"),
            "appVersion": row(page.related(build, "preReleaseVersion") or {}).get("version"),
        }
        for page in raw_pages(session, "/v1/builds", query, max_items=max_items).pages()
        for build in page
    ]
    write_listing(rows, BUILD_COLUMNS, session.output_format)


def row(resource: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON:API resource as one flat row: its id and attributes."""
    return {"id": resource.get("id"), **(resource.get("attributes") or {})}


def _linked_id(resource: Mapping[str, Any], relationship: str) -> Any:
    linkage = ((resource.get("relationships") or {}).get(relationship) or {}).get("data") or {}
    return linkage.get("id")
