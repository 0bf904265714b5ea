"""Collections as raw JSON:API pages through the library's paginator (its guards, no model parsing),
and an app given by bundle id resolved to its id."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._exit import ExitCode, fail
from ._session import Session

if TYPE_CHECKING:
    import httpx

    from .._pagination import Paginator


def raw_pages(
    session: Session, url: str | httpx.URL, query: dict[str, str], *, max_items: int | None = None
) -> Paginator[dict[str, Any]]:
    """A paginator of `url`'s items as JSON objects; `.pages()` gives pages with their `included`."""
    import httpx

    return session.client.paginate(httpx.URL(url).copy_merge_params(query), max_items=max_items)


def app_id(session: Session, app: str) -> str:
    """The Apple id of `app`, given as that id (digits) or as its bundle id (looked up, exactly)."""
    if app.isdigit():
        return app
    found = list(raw_pages(session, "/v1/apps", {"filter[bundleId]": app, "fields[apps]": "bundleId"}))
    ids = [item["id"] for item in found if item.get("attributes", {}).get("bundleId") == app]
    if not ids:
        fail(
            f"no app with bundle id {app} is visible to this key; `asc apps` lists the apps it can see",
            ExitCode.NOT_FOUND,
            machine=session.machine,
        )
    return str(ids[0])
