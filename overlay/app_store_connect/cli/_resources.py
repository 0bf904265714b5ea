"""`asc apps` and `asc builds`: the key's apps and builds as a table or JSON, through the paginator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import click

from app_store_connect_api.api.apps import apps_get_collection
from app_store_connect_api.api.builds import builds_get_collection
from app_store_connect_api.models.builds_get_collection_include_item import BuildsGetCollectionIncludeItem
from app_store_connect_api.models.builds_get_collection_sort_item import BuildsGetCollectionSortItem

from ._output import write_rows_or_json
from ._session import Session, json_option, pass_session

APP_COLUMNS = ("id", "name", "bundleId", "sku", "primaryLocale")
BUILD_COLUMNS = ("id", "appVersion", "version", "uploadedDate", "processingState", "expired")

max_items_option = click.option("--max-items", type=click.IntRange(min=1), help="Stop after this many.")


@click.command()
@click.option(
    "--bundle-id", "bundle_ids", multiple=True, help="Only the app with this bundle id (repeatable)."
)
@max_items_option
@json_option
@pass_session
def apps(session: Session, bundle_ids: tuple[str, ...], max_items: int | None) -> None:
    """List the apps the key can see: id, name, bundle id, SKU, primary locale."""
    filters: dict[str, Any] = {"filter_bundle_id": list(bundle_ids)} if bundle_ids else {}
    found = session.client.paginate(apps_get_collection, max_items=max_items, **filters)
    write_rows_or_json([_row(app) for app in found], APP_COLUMNS, machine=session.machine)


@click.command()
@click.option("--app", "app_id", help="Only builds of this app (its Apple id, as `asc apps` shows).")
@click.option("--build-number", help="Only builds with this build number (CFBundleVersion).")
@max_items_option
@json_option
@pass_session
def builds(session: Session, app_id: str | None, build_number: str | None, max_items: int | None) -> None:
    """List builds, newest first, with their app version (CFBundleShortVersionString)."""
    filters: dict[str, Any] = {
        name: [value] for name, value in (("filter_app", app_id), ("filter_version", build_number)) if value
    }
    paginator = session.client.paginate(
        builds_get_collection,
        max_items=max_items,
        sort=[BuildsGetCollectionSortItem("-uploadedDate")],
        include=[BuildsGetCollectionIncludeItem.PRERELEASEVERSION],
        **filters,
    )
    rows = [
        {**_row(build), "appVersion": _row(page.related(build, "preReleaseVersion") or {}).get("version")}
        for page in paginator.pages()
        for build in page
    ]
    write_rows_or_json(rows, BUILD_COLUMNS, machine=session.machine)


def _row(resource: Any) -> dict[str, Any]:
    """A resource (a generated model) as one flat object: its id and attributes."""
    document: Mapping[str, Any] = resource if isinstance(resource, Mapping) else resource.to_dict()
    return {"id": document.get("id"), **document.get("attributes", {})}
